package org.coopbank.ledger;

import java.time.LocalDate;
import java.util.Set;
import org.coopbank.shared.Money;

/**
 * Fired (CDI) for every journal entry posted. Observe it with {@code during = TransactionPhase.AFTER_SUCCESS}
 * so side effects (notifications) happen only for postings that committed and never sit inside the money
 * transaction's code path.
 */
public record MoneyPosted(long journalEntryId, EventType eventType, LocalDate entryDate, Money amount,
                          Set<Long> accountIds, String reference, String postedBy) {
}
