package org.coopbank.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.ledger.EventType;
import org.coopbank.shared.Money;

/**
 * A pending reversal request with what it would undo: the original entry's date, kind, narration and the customer
 * account lines it posted (read model).
 */
public record ReversalRow(Long requestId, Long journalEntryId, LocalDate entryDate, EventType eventType,
                          String narration, String reason, String requestedBy, Instant requestedAt, List<Line> lines) {

    /** One customer account line of the original entry. */
    public record Line(String accountNumber, String holderName, AccountTransaction.Direction direction, Money amount) {
    }

    /** The amount the entry moved (every customer line of a counter or transfer entry carries it). */
    public Money amount() {
        return lines.isEmpty() ? Money.ZERO : lines.get(0).amount();
    }

    /** "staff:cashier1" reads as "cashier1". */
    public String requestedByName() {
        return requestedBy == null ? null : requestedBy.substring(requestedBy.indexOf(':') + 1);
    }

    /** The day it was entered, in the bank's zone. */
    public java.time.LocalDate requestedOn() {
        return requestedAt == null ? null : requestedAt.atZone(java.time.ZoneId.of("Asia/Kolkata")).toLocalDate();
    }
}
