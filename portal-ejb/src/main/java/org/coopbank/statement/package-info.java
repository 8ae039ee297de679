/**
 * Account statements. A statement covers one account and a period of business dates (at most one year, ending at
 * the latest on the business date): the opening balance (the balance after the last line before the period), every
 * subledger line of the period oldest first with the balance after it, the closing balance (after the last line of
 * the period), the totals, and a verification code on every page: {@code CBV-XXXX-XXXX-XXXX}, HMAC-SHA256 over the
 * full account number, the period and the closing balance with the bank's statement key ({@link
 * org.coopbank.statement.StatementKey}), truncated to 60 bits. Staff check a printed statement with {@link
 * org.coopbank.statement.StatementService#verify}: a statement whose balance or period was altered fails.
 * A customer reaches only their own accounts (another's is "not found"); account numbers are masked (XXXX1234) on
 * everything the customer sees, narrations included. The PDF is streamed: lines are read in keyset pages and laid out
 * in iText's large-table mode, never the whole statement in memory. Reads only; no transaction is held while writing.
 */
package org.coopbank.statement;
