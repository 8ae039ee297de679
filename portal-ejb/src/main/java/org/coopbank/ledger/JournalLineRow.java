package org.coopbank.ledger;

import java.time.LocalDate;
import org.coopbank.shared.Money;

/**
 * One journal line with its entry's date, event and reference (read model): an entry's drill-down and the day book
 * show it; {@code entryId} groups the lines of one entry.
 */
public record JournalLineRow(Long entryId, LocalDate entryDate, EventType eventType, String reference,
                             String glCode, String glName, String branchCode, Money debit, Money credit) {
}
