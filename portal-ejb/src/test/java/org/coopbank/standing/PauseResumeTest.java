package org.coopbank.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.Money;
import org.coopbank.standing.StandingInstruction.Frequency;
import org.coopbank.standing.StandingInstruction.Status;
import org.junit.jupiter.api.Test;

/** The pause / resume rule of a standing instruction, on the entity alone. */
class PauseResumeTest {

    private static final Instant AT = Instant.parse("2026-11-27T05:00:00Z");

    private static StandingInstruction monthlyFrom(LocalDate first) {
        return StandingInstruction.transfer(1L, 10L, 11L, Money.of("500.00"), Frequency.MONTHLY, first, "clerk", AT);
    }

    @Test
    void aResumedMonthlyTransfer_skipsTheDatesThatPassed_keepingItsDayClampedToMonthEnd() {
        StandingInstruction si = monthlyFrom(LocalDate.of(2026, 1, 31));
        si.pause("member", AT);
        assertEquals(Status.PAUSED, si.status());
        // resumed on 15 April: 31 Jan, 28 Feb and 31 Mar passed; next is 30 April (the 31st clamped)
        assertEquals(3, si.resume(LocalDate.of(2026, 4, 15)));
        assertEquals(Status.ACTIVE, si.status());
        assertEquals(LocalDate.of(2026, 4, 30), si.nextDate());
        si.advance();
        assertEquals(LocalDate.of(2026, 5, 31), si.nextDate(), "back on the 31st");
    }

    @Test
    void resumedOnItsNextDate_orBefore_skipsNothing() {
        StandingInstruction si = monthlyFrom(LocalDate.of(2026, 5, 10));
        si.pause("member", AT);
        assertEquals(0, si.resume(LocalDate.of(2026, 5, 10)), "today's date is still made");
        assertEquals(LocalDate.of(2026, 5, 10), si.nextDate());
        si.pause("member", AT);
        assertEquals(0, si.resume(LocalDate.of(2026, 4, 1)));
        assertEquals(LocalDate.of(2026, 5, 10), si.nextDate());
    }

    @Test
    void aWeeklyTransfer_resumesOnItsWeekday() {
        StandingInstruction si = StandingInstruction.transfer(1L, 10L, 11L, Money.of("50.00"), Frequency.WEEKLY,
                LocalDate.of(2026, 11, 2), "clerk", AT); // a Monday
        si.pause("member", AT);
        assertEquals(4, si.resume(LocalDate.of(2026, 11, 27)));
        assertEquals(LocalDate.of(2026, 11, 30), si.nextDate());
    }

    @Test
    void onlyAnActiveOneIsPaused_onlyAPausedOneResumed_andAStoppedOneNeither() {
        StandingInstruction si = monthlyFrom(LocalDate.of(2026, 5, 10));
        assertThrows(InvalidStateException.class, () -> si.resume(LocalDate.of(2026, 5, 1)), "not paused");
        si.pause("member", AT);
        assertThrows(InvalidStateException.class, () -> si.pause("member", AT), "already paused");
        si.stop("member", AT);
        assertEquals(Status.STOPPED, si.status());
        assertThrows(InvalidStateException.class, () -> si.pause("member", AT));
        assertThrows(InvalidStateException.class, () -> si.resume(LocalDate.of(2026, 5, 1)));
        assertThrows(InvalidStateException.class, () -> si.stop("member", AT));
    }

    @Test
    void anEmiAutoDebit_resumesWithNoDateToMove() {
        StandingInstruction si = StandingInstruction.emi(1L, 20L, 10L, "member", AT);
        si.pause("member", AT);
        assertEquals(0, si.resume(LocalDate.of(2026, 11, 27)));
        assertEquals(Status.ACTIVE, si.status());
    }
}
