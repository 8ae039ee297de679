package org.coopbank.loan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmiCalculatorTest {

    private static final LocalDate DISBURSED = LocalDate.of(2026, 1, 15);

    @Test
    void emi_principal100000_rate12_12months_is8884_88() {
        assertEquals(Money.of("8884.88"), EmiCalculator.emi(Money.of(100000), new BigDecimal("12"), 12));
    }

    @Test
    void firstInstalment_interestIsOutstandingTimesMonthlyRate_principalIsTheRest() {
        List<EmiCalculator.Line> s = EmiCalculator.schedule(Money.of(100000), new BigDecimal("12"), 12, DISBURSED);
        assertEquals(Money.of("1000.00"), s.get(0).interest());
        assertEquals(Money.of("7884.88"), s.get(0).principal());
        assertEquals(Money.of("8884.88"), s.get(0).total());
    }

    @Test
    void lastInstalment_takesExactlyTheRemainingPrincipal() {
        List<EmiCalculator.Line> s = EmiCalculator.schedule(Money.of(100000), new BigDecimal("12"), 12, DISBURSED);
        Money before = s.subList(0, 11).stream().map(EmiCalculator.Line::principal).reduce(Money.ZERO, Money::plus);
        assertEquals(Money.of(100000).minus(before), s.get(11).principal());
        // the rounding difference is at most a few paise
        Money diff = s.get(11).total().minus(Money.of("8884.88"));
        assertTrue(diff.amount().abs().compareTo(new BigDecimal("0.10")) <= 0, "last EMI off by " + diff);
    }

    @ParameterizedTest
    @CsvSource({"100000, 12, 12", "120000, 11.5, 24", "5000000, 8.75, 240", "2500000, 9.1, 360", "1000, 18, 1",
            "99999.99, 13.33, 37", "1234567.89, 0.5, 360", "10000000, 36, 360"})
    void principalsSumExactlyToP(String principal, String rate, int months) {
        Money p = Money.of(principal);
        List<EmiCalculator.Line> s = EmiCalculator.schedule(p, new BigDecimal(rate), months, DISBURSED);
        assertEquals(months, s.size());
        assertEquals(p, s.stream().map(EmiCalculator.Line::principal).reduce(Money.ZERO, Money::plus));
        assertTrue(s.stream().noneMatch(l -> l.principal().isNegative() || l.interest().isNegative()));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 12, 59, 120, 180, 240, 359, 360})
    void everyTenureFrom1To360Months_balancesToZero(int months) {
        Money p = Money.of("250000");
        List<EmiCalculator.Line> s = EmiCalculator.schedule(p, new BigDecimal("10.25"), months, DISBURSED);
        Money outstanding = p;
        for (EmiCalculator.Line l : s) {
            outstanding = outstanding.minus(l.principal());
        }
        assertTrue(outstanding.isZero());
    }

    @Test
    void zeroRate_splitsPrincipalEqually_remainderOnTheLast() {
        List<EmiCalculator.Line> s = EmiCalculator.schedule(Money.of(1000), BigDecimal.ZERO, 3, DISBURSED);
        assertEquals(Money.of("333.33"), s.get(0).principal());
        assertEquals(Money.of("333.33"), s.get(1).principal());
        assertEquals(Money.of("333.34"), s.get(2).principal());
        assertTrue(s.stream().allMatch(l -> l.interest().isZero()));
    }

    @Test
    void dueDates_monthlyOnDisbursementDay_clampedToMonthEnd() {
        List<EmiCalculator.Line> s = EmiCalculator.schedule(Money.of(12000), new BigDecimal("10"), 4,
                LocalDate.of(2026, 1, 31));
        assertEquals(LocalDate.of(2026, 2, 28), s.get(0).dueDate());
        assertEquals(LocalDate.of(2026, 3, 31), s.get(1).dueDate());
        assertEquals(LocalDate.of(2026, 4, 30), s.get(2).dueDate());
        assertEquals(LocalDate.of(2026, 5, 31), s.get(3).dueDate());
    }

    @Test
    void interestDeclinesAsPrincipalIsRepaid() {
        List<EmiCalculator.Line> s = EmiCalculator.schedule(Money.of(500000), new BigDecimal("9"), 60, DISBURSED);
        for (int i = 1; i < s.size(); i++) {
            assertFalse(s.get(i).interest().isGreaterThan(s.get(i - 1).interest()));
        }
    }

    @Test
    void refusesTenureOutside1To360_andNonPositivePrincipal() {
        assertThrows(IllegalArgumentException.class, () -> EmiCalculator.emi(Money.of(1000), BigDecimal.ONE, 0));
        assertThrows(IllegalArgumentException.class, () -> EmiCalculator.emi(Money.of(1000), BigDecimal.ONE, 361));
        assertThrows(IllegalArgumentException.class, () -> EmiCalculator.emi(Money.ZERO, BigDecimal.ONE, 12));
    }

    @ParameterizedTest
    @CsvSource({"250000, 11, 60", "100000, 10.5, 12", "750000, 13.37, 84", "1500000, 7.3333, 240", "99999.99, 35.9999, 360"})
    void emi_agreesToThePaisaWithTheExactFraction(String principal, String rate, int months) {
        // exact: EMI = P·a·(1200+a)^n / (1200·((1200+a)^n − 1200^n)), with a the annual rate, in integers and one division
        BigDecimal p = new BigDecimal(principal);
        BigDecimal a = new BigDecimal(rate);
        BigDecimal up = BigDecimal.valueOf(1200).add(a).pow(months);
        BigDecimal base = BigDecimal.valueOf(1200).pow(months);
        BigDecimal exact = p.multiply(a).multiply(up)
                .divide(BigDecimal.valueOf(1200).multiply(up.subtract(base)), 2, java.math.RoundingMode.HALF_UP);
        assertEquals(Money.of(exact), EmiCalculator.emi(Money.of(principal), a, months));
    }

    @Test
    void instalmentInterest_isOutstandingTimesAnnualOver1200_roundedOnce() {
        // 11% on 250000: 250000 × 11 / 1200 = 2291.6666… → 2291.67 (a 10-place monthly rate would give 2291.67 too,
        // but 1234567.89 × 11 / 1200 = 11316.87232… shows the exact product, not a rounded rate, is what is rounded)
        assertEquals(Money.of("2291.67"), EmiCalculator.monthlyInterest(Money.of(250000), new BigDecimal("11")));
        assertEquals(Money.of("11316.87"), EmiCalculator.monthlyInterest(Money.of("1234567.89"), new BigDecimal("11")));
    }

    @Test
    void zeroRate_roundsTheInstalmentHalfUp_theLastTakesTheRemainder() {
        List<EmiCalculator.Line> s = EmiCalculator.schedule(Money.of(1000), BigDecimal.ZERO, 6, DISBURSED);
        // 1000 / 6 = 166.666… → 166.67 (HALF_UP, not 166.66); five of them make 833.35, the last takes 166.65
        assertEquals(Money.of("166.67"), s.get(0).principal());
        assertEquals(Money.of("166.65"), s.get(5).principal());
        assertEquals(Money.of(1000), s.stream().map(EmiCalculator.Line::principal).reduce(Money.ZERO, Money::plus));
    }

    @Test
    void aLoanTooSmallForItsTenure_isRefused_neverAZeroInstalment() {
        assertThrows(EmiCalculator.LoanTooSmallException.class,
                () -> EmiCalculator.schedule(Money.of("1.00"), BigDecimal.ZERO, 360, DISBURSED));
        assertThrows(EmiCalculator.LoanTooSmallException.class,
                () -> EmiCalculator.schedule(Money.of("0.05"), new BigDecimal("12"), 12, DISBURSED));
    }

    @Test
    void rescheduleKeepingTheEmi_endsEarly_andRepaysTheBalanceExactly() {
        List<LocalDate> dates = List.of(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 4, 15), LocalDate.of(2026, 5, 15),
                LocalDate.of(2026, 6, 15), LocalDate.of(2026, 7, 15), LocalDate.of(2026, 8, 15));
        List<EmiCalculator.Line> s = EmiCalculator.reschedule(7, Money.of(20000), new BigDecimal("12"), dates,
                Money.of("8884.88"), Money.of("150.00"), false);
        assertEquals(3, s.size());
        assertEquals(7, s.get(0).seqNo());
        assertEquals(Money.of("150.00"), s.get(0).interest());
        assertEquals(Money.of(20000), s.stream().map(EmiCalculator.Line::principal).reduce(Money.ZERO, Money::plus));
        assertTrue(s.get(2).total().isLessThan(Money.of("8884.88")));
    }

    @Test
    void rescheduleKeepingTheTenure_lowersTheEmi_overEveryRemainingDate() {
        List<LocalDate> dates = List.of(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 4, 15), LocalDate.of(2026, 5, 15));
        List<EmiCalculator.Line> s = EmiCalculator.reschedule(10, Money.of(20000), new BigDecimal("12"), dates,
                Money.of("8884.88"), Money.of("100.00"), true);
        assertEquals(3, s.size());
        assertEquals(Money.of(20000), s.stream().map(EmiCalculator.Line::principal).reduce(Money.ZERO, Money::plus));
        assertEquals(EmiCalculator.emi(Money.of(20000), new BigDecimal("12"), 3), s.get(1).total());
    }
}
