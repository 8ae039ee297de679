package org.coopbank.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.coopbank.ledger.EventType;
import org.coopbank.shared.Money;

/**
 * A reversal request with its outcome, as the accountant's list shows it (read model): the entry it would undo, the
 * reason, who asked and when, and the decision (who, when, the rejection note, or the reversing entry).
 */
public record ReversalRequestRow(Long requestId, Long journalEntryId, LocalDate entryDate, EventType eventType,
                                 Money amount, String reason, ReversalRequest.Status status, String requestedBy,
                                 Instant requestedAt, String decidedBy, Instant decidedAt, String decisionNote,
                                 Long reversalEntryId) {

    private static final ZoneId BANK_ZONE = ZoneId.of("Asia/Kolkata");

    public String requestedByName() {
        return name(requestedBy);
    }

    public String decidedByName() {
        return name(decidedBy);
    }

    public LocalDate requestedOn() {
        return requestedAt == null ? null : requestedAt.atZone(BANK_ZONE).toLocalDate();
    }

    public LocalDate decidedOn() {
        return decidedAt == null ? null : decidedAt.atZone(BANK_ZONE).toLocalDate();
    }

    private static String name(String actor) {
        return actor == null ? null : actor.substring(actor.indexOf(':') + 1);
    }
}
