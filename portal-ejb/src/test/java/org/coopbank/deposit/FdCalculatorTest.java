package org.coopbank.deposit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.coopbank.shared.Money;
import org.junit.jupiter.api.Test;

class FdCalculatorTest {

    private static final Money LAKH = Money.of(100000);

    @Test
    void twelveMonths_at7_compoundsQuarterly() {
        // 100000 x (1 + 7/400)^4
        assertEquals(Money.of("107185.90"),
                FdCalculator.maturityAmount(LAKH, new BigDecimal("7"), LocalDate.of(2026, 1, 1), 12));
    }

    @Test
    void sevenMonths_twoWholeQuarters_plusRemainingDaysSimple() {
        // 2026-01-15 to 2026-08-15: 2 quarters to 07-15, then 31 days
        assertEquals(Money.of("104026.24"),
                FdCalculator.maturityAmount(LAKH, new BigDecimal("6.8"), LocalDate.of(2026, 1, 15), 7));
    }

    @Test
    void threeMonths_isSimpleInterest() {
        // 90 days at 4.5%: 100000 x 4.5 x 90 / 36500 = 1109.589...
        assertEquals(Money.of("101109.59"),
                FdCalculator.maturityAmount(LAKH, new BigDecimal("4.5"), LocalDate.of(2026, 1, 1), 3));
    }

    @Test
    void fiveMonths_isStillSimpleInterest() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, from.plusMonths(5));
        Money expected = Money.of(new BigDecimal("100000").add(new BigDecimal("100000").multiply(new BigDecimal("5.75"))
                .multiply(BigDecimal.valueOf(days)).divide(new BigDecimal("36500"), 10, java.math.RoundingMode.HALF_UP)));
        assertEquals(expected, FdCalculator.maturityAmount(LAKH, new BigDecimal("5.75"), from, 5));
    }

    @Test
    void prematureClosure_paysRateForPeriodRunLessOnePoint() {
        // 60 days run, card rate 4.5, less 1 point = 3.5% simple: 575.34
        assertEquals(Money.of("100575.34"), FdCalculator.prematureAmount(LAKH, new BigDecimal("4.5"), BigDecimal.ONE,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 2)));
    }

    @Test
    void prematureClosure_neverBelowZeroRate() {
        assertEquals(LAKH, FdCalculator.prematureAmount(LAKH, new BigDecimal("0.5"), BigDecimal.ONE,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 4)));
    }

    @Test
    void sameDayClosure_paysPrincipalOnly() {
        assertEquals(LAKH, FdCalculator.amountAt(LAKH, new BigDecimal("7"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1)));
    }

    @Test
    void sixMonthsOpenedOn31March_compoundsTwoFullQuarters() {
        // matures 30 September (clamped); ChronoUnit.MONTHS counts 5 there, the tenure is 6: (1 + 6/400)^2
        assertEquals(Money.of("103022.50"),
                FdCalculator.maturityAmount(LAKH, new BigDecimal("6"), LocalDate.of(2026, 3, 31), 6));
        assertEquals(6, FdCalculator.wholeMonths(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 9, 30)));
    }

    @Test
    void sixMonthsOpenedOn31August_compoundsTwoFullQuarters() {
        // matures 28 February 2027
        assertEquals(Money.of("103022.50"),
                FdCalculator.maturityAmount(LAKH, new BigDecimal("6"), LocalDate.of(2026, 8, 31), 6));
    }
}
