package org.coopbank.account;

import java.time.LocalDate;
import org.coopbank.shared.Money;

/** One subledger line as statements and histories show it (read model). */
public record TransactionRow(Long id, LocalDate txnDate, TxnType type, AccountTransaction.Direction direction,
                             Money amount, Money balanceAfter, String narration, String accountNumber, Long journalEntryId) {
}
