package org.coopbank.ledger;

import java.time.Instant;
import java.time.LocalDate;
import org.coopbank.shared.Money;

/** One journal entry as the accountant's journal lists it (read model); {@code amount} is its total debits. */
public record JournalEntryRow(Long id, LocalDate entryDate, Instant postedAt, EventType eventType, String reference,
                              String narration, String branchCode, String postedBy, Long reversalOfId, Money amount) {
}
