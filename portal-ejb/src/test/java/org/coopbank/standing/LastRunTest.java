package org.coopbank.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.coopbank.shared.Money;
import org.coopbank.standing.LastRun.Result;
import org.junit.jupiter.api.Test;

/** The job's recorded outcomes, read back as the portal shows them. */
class LastRunTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    @Test
    void emiPaidInFull_isDone() {
        LastRun r = LastRun.of(DAY, "paid 1500.00");
        assertEquals(Result.DONE, r.result());
        assertEquals(Money.of("1500.00"), r.paid());
    }

    @Test
    void emiPartlyPaid_isPart_withWhatWasPaidAndDue() {
        LastRun r = LastRun.of(DAY, "paid 700.00 of 1500.00");
        assertEquals(Result.PART, r.result());
        assertEquals(Money.of("700.00"), r.paid());
        assertEquals(Money.of("1500.00"), r.due());
    }

    @Test
    void emiWithNothingTaken_isNotDone() {
        assertEquals(Result.NOT_DONE, LastRun.of(DAY, "paid 0.00 of 1500.00").result());
    }

    @Test
    void transfers_doneMissedOrBoth() {
        assertEquals(Result.DONE, LastRun.of(DAY, "transfers 2, next 2026-12-26").result());
        LastRun missed = LastRun.of(DAY, "transfers 0, missed 1, next 2026-12-26");
        assertEquals(Result.NOT_DONE, missed.result());
        assertEquals(1, missed.missed());
        assertEquals(Result.PART, LastRun.of(DAY, "transfers 1, missed 1, next 2026-12-26").result());
    }

    @Test
    void nothingDue_andAnythingElse() {
        assertEquals(Result.NOTHING_DUE, LastRun.of(DAY, "nothing due").result());
        assertEquals(Result.OTHER, LastRun.of(DAY, "loan CLOSED").result());
        assertEquals(Result.OTHER, LastRun.of(DAY, null).result());
    }
}
