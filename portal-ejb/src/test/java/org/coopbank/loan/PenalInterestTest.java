package org.coopbank.loan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.coopbank.shared.Money;
import org.junit.jupiter.api.Test;

/** Penal interest is cumulative from due date + grace, rounded once: how often it is charged does not matter. */
class PenalInterestTest {

    private static final BigDecimal RATE = new BigDecimal("2.00");
    private static final LocalDate DUE = LocalDate.of(2026, 1, 10);

    private static LoanInstallment instalment(String principal) {
        return new LoanInstallment(null, new EmiCalculator.Line(1, DUE, Money.of(principal), Money.of("100.00")));
    }

    @Test
    void chargedNightlyForAYear_equalsChargedOnceAtItsEnd_toThePaisa() {
        LoanInstallment nightly = instalment("8884.88");
        LoanInstallment once = instalment("8884.88");
        Money sum = Money.ZERO;
        for (LocalDate d = DUE.plusDays(1); !d.isAfter(DUE.plusDays(365)); d = d.plusDays(1)) {
            sum = sum.plus(nightly.accruePenalty(d, 0, RATE));
        }
        Money single = once.accruePenalty(DUE.plusDays(365), 0, RATE);
        // 8884.88 × 2 × 365 / 36500 = 177.6976 → 177.70; daily rounding would have given 365 × 0.49 = 178.85
        assertEquals(Money.of("177.70"), single);
        assertEquals(single, sum);
        assertEquals(single, nightly.penaltyDue());
    }

    @Test
    void graceDays_delayTheStart_andNothingAccruesTwiceForOneDate() {
        LoanInstallment i = instalment("10000.00");
        assertEquals(Money.ZERO, i.accruePenalty(DUE.plusDays(3), 3, RATE), "within grace");
        Money first = i.accruePenalty(DUE.plusDays(13), 3, RATE);
        // 10 days: 10000 × 2 × 10 / 36500 = 5.479… → 5.48
        assertEquals(Money.of("5.48"), first);
        assertEquals(Money.ZERO, i.accruePenalty(DUE.plusDays(13), 3, RATE), "same date charges nothing twice");
        assertEquals(InstallmentStatus.OVERDUE, i.status());
    }

    @Test
    void partPayment_lowersTheBaseFromItsDateOn() {
        LoanInstallment i = instalment("10000.00");
        i.accruePenalty(DUE.plusDays(30), 0, RATE); // 16.438… → 16.44
        i.apply(Money.of("5116.44"), DUE.plusDays(30)); // penalty 16.44, interest 100, principal 5000
        assertEquals(Money.of("5000.00"), i.unpaidPrincipal());
        Money more = i.accruePenalty(DUE.plusDays(60), 0, RATE);
        // basis: 10000×2×30 + 5000×2×30 = 900000 → 24.657… → 24.66 in all, 24.66 − 16.44 = 8.22 more
        assertEquals(Money.of("8.22"), more);
        assertEquals(Money.of("8.22"), i.penaltyToAccrue(DUE.plusDays(60), 0, RATE).plus(more));
    }
}
