package org.coopbank.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.coopbank.shared.Money;
import org.junit.jupiter.api.Test;

class DailyBalanceInterestTest {

    private static final LocalDate Q_FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate Q_TO = LocalDate.of(2026, 3, 31);

    @Test
    void constantBalance_wholeQuarter_isBalanceTimesRateTimesDaysOver365() {
        // 1,00,000 × 3 % × 90 days / 365 = 739.726... → 739.73
        Money i = DailyBalanceInterest.interest(new BigDecimal("100000.00"), Map.of(), Q_FROM, Q_TO, new BigDecimal("3"));
        assertEquals(Money.of("739.73"), i);
    }

    @Test
    void depositMidQuarter_countsFromItsOwnDay_andAWithdrawalLowersTheFollowingDays() {
        // 10,000 from 1 Jan; +5,000 on 1 Mar (31 days at 15,000); −15,000 on 31 Mar (that day closes at 0)
        Map<LocalDate, BigDecimal> moves = Map.of(LocalDate.of(2026, 3, 1), new BigDecimal("5000"),
                LocalDate.of(2026, 3, 31), new BigDecimal("-15000"));
        // Σ = 10,000 × 59 + 15,000 × 30 + 0 × 1 = 10,40,000 balance-days; × 4 / 36500 = 113.972... → 113.97
        Money i = DailyBalanceInterest.interest(new BigDecimal("10000"), moves, Q_FROM, Q_TO, new BigDecimal("4"));
        assertEquals(Money.of("113.97"), i);
    }

    @Test
    void roundedOnceOverTheQuarter_notPerDay() {
        // 1 rupee a day at 3 %: 90 × 1 × 3 / 36500 = 0.0074 → 0.01 (per-day rounding would give 0.00)
        Money i = DailyBalanceInterest.interest(BigDecimal.ONE, Map.of(), Q_FROM, Q_TO, new BigDecimal("3"));
        assertEquals(Money.of("0.01"), i);
    }

    @Test
    void leapYearQuarter_stillDividesBy365() {
        // Q1 2024 has 91 days: 36,500 × 91 × 2 / 36500 = 182.00
        Money i = DailyBalanceInterest.interest(new BigDecimal("36500"), Map.of(), LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 3, 31), new BigDecimal("2"));
        assertEquals(Money.of("182.00"), i);
    }

    @Test
    void quarterEnds_andQuarterStarts() {
        assertTrue(DailyBalanceInterest.isQuarterEnd(LocalDate.of(2026, 3, 31)));
        assertTrue(DailyBalanceInterest.isQuarterEnd(LocalDate.of(2026, 6, 30)));
        assertTrue(DailyBalanceInterest.isQuarterEnd(LocalDate.of(2026, 9, 30)));
        assertTrue(DailyBalanceInterest.isQuarterEnd(LocalDate.of(2026, 12, 31)));
        assertFalse(DailyBalanceInterest.isQuarterEnd(LocalDate.of(2026, 6, 29)));
        assertFalse(DailyBalanceInterest.isQuarterEnd(LocalDate.of(2026, 1, 31)));
        assertEquals(LocalDate.of(2026, 7, 1), DailyBalanceInterest.quarterStart(LocalDate.of(2026, 9, 30)));
        assertEquals("2026Q3", DailyBalanceInterest.quarterName(LocalDate.of(2026, 9, 30)));
    }
}
