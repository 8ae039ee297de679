package org.coopbank.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.Money;

/** One journal entry as the accountant's journal lists it (read model); {@code amount} is its total debits. */
public record JournalEntryRow(Long id, LocalDate entryDate, Instant postedAt, EventType eventType, String reference,
                              String narration, String branchCode, String postedBy, Long reversalOfId, Money amount) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'IST'");

    /** When it was posted, in the bank's time zone, to the second. */
    public String postedAtShown() {
        return postedAt == null ? "" : SHOWN.format(postedAt.atZone(BusinessClock.ZONE));
    }
}
