package org.coopbank.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.shared.Money;

/** What one import of the gateway's settlement report did, settlement by settlement (the accountant's screen shows it). */
public record SettlementImportResult(LocalDate from, LocalDate to, List<Line> lines) {

    /** What became of one settlement of the report. */
    public enum Outcome {
        /** posted now: 1100 net + 5200 charges &lt;- 1200 gross */
        POSTED,
        /** recorded before (imported, or typed in under its id or UTR): nothing posted */
        ALREADY_RECORDED,
        /** its amounts do not add up, or it is more than 1200 holds: kept for the accountant, nothing posted */
        FLAGGED,
        /** flagged by an earlier import: nothing posted */
        ALREADY_FLAGGED,
        /** not processed at the gateway yet (created, failed): nothing posted, the next import looks again */
        NOT_PROCESSED,
        /** could not be recorded this time (the reason is logged): nothing posted, the next import tries again */
        ERROR
    }

    /** One settlement of the report and its outcome. */
    public record Line(String settlementId, String utr, Money gross, Money charges, Money net, String status,
                       Instant createdAt, Outcome outcome, String detail) {
    }

    public long count(Outcome o) {
        return lines.stream().filter(l -> l.outcome() == o).count();
    }
}
