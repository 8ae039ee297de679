/**
 * Customer deposit accounts (savings, current) and their subledger of transactions. A balance changes only through
 * {@link org.coopbank.account.BankAccount#credit} / {@link org.coopbank.account.BankAccount#debit}, called by
 * services that hold a pessimistic row lock on the account and post the matching journal entry in the same
 * transaction. No overdraft: a debit beyond the balance is refused (and the database CHECK refuses it too).
 * A blocked customer's accounts take credits but no debits; a frozen or closed account takes neither.
 * Maker-checker: a cash withdrawal above the setting {@code limit.withdrawal-approval} is never posted by the cashier;
 * it is filed as a {@link org.coopbank.account.WithdrawalRequest} and posted when a manager who is not the cashier
 * approves it ({@link org.coopbank.account.WithdrawalApprovals}); reversals likewise need a second staff user.
 */
package org.coopbank.account;
