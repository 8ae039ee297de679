package org.coopbank.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.coopbank.standing.StandingInstruction.Frequency;
import org.junit.jupiter.api.Test;

class FrequencyTest {

    @Test
    void monthlyFromThe31st_clampsToMonthEnd_andComesBackToThe31st() {
        LocalDate feb = Frequency.MONTHLY.after(LocalDate.of(2026, 1, 31), 31);
        assertEquals(LocalDate.of(2026, 2, 28), feb);
        LocalDate mar = Frequency.MONTHLY.after(feb, 31);
        assertEquals(LocalDate.of(2026, 3, 31), mar);
        assertEquals(LocalDate.of(2026, 4, 30), Frequency.MONTHLY.after(mar, 31));
    }

    @Test
    void monthlyOnThe10th_staysOnThe10th() {
        assertEquals(LocalDate.of(2026, 3, 10), Frequency.MONTHLY.after(LocalDate.of(2026, 2, 10), 10));
    }

    @Test
    void weekly_addsSevenDays() {
        assertEquals(LocalDate.of(2026, 3, 3), Frequency.WEEKLY.after(LocalDate.of(2026, 2, 24), 24));
    }
}
