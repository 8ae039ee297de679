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
}
