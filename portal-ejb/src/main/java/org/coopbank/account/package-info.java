/**
 * Customer deposit accounts (savings, current) and their subledger of transactions. A balance changes only through
 * {@link org.coopbank.account.BankAccount#credit} / {@link org.coopbank.account.BankAccount#debit}, called by
 * services that hold a pessimistic row lock on the account and post the matching journal entry in the same
 * transaction. No overdraft: a debit beyond the balance is refused (and the database CHECK refuses it too).
 * A blocked customer's accounts take credits but no debits; a frozen or closed account takes neither.
 */
package org.coopbank.account;
