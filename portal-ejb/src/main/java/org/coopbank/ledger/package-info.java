/**
 * The general ledger: chart of accounts ({@link org.coopbank.ledger.GlCode}), journal entries whose lines always
 * balance, the trial balance and the integrity check (every entry balances, every control account equals the
 * sum of its subledger, no customer balance is negative). Entries are never updated or deleted; a mistake is
 * undone by a reversing entry. Every posting fires a {@link org.coopbank.ledger.MoneyPosted} CDI event.
 */
package org.coopbank.ledger;
