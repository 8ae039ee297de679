package org.coopbank.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.shared.Money;

/** What a counter receipt shows: one journal entry and the customer account lines it wrote (read model). */
public record ReceiptView(long entryId, LocalDate businessDate, Instant postedAt, String eventType, String narration,
                          String branch, String postedBy, List<Line> lines) {

    /** A customer account line of the entry; {@code maskedAccount} is XXXX + the last four digits. */
    public record Line(String customerName, String maskedAccount, String accountType, String direction, Money amount,
                       Money balanceAfter) {
    }
}
