package org.coopbank.datagen;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The money maths the generated loans and FDs need, by the bank's rules (README "Money rules"; the same as
 * portal-ejb's {@code EmiCalculator} and {@code FdCalculator}, which this module does not depend on): a reducing
 * balance EMI schedule whose principals sum to the loan, and the quarterly-compounded FD maturity amount.
 */
final class Terms {

    private static final MathContext MC = new MathContext(50, RoundingMode.HALF_EVEN);
    private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);

    /** One generated loan product: principal, % p.a., months. */
    record LoanTemplate(BigDecimal principal, BigDecimal rate, int months, String purpose) {
    }

    /** Instalment {@code seqNo} of a template: principal and interest due. */
    record Line(int seqNo, BigDecimal principal, BigDecimal interest) {
    }

    static final List<LoanTemplate> LOANS = List.of(
            new LoanTemplate(new BigDecimal("50000.00"), new BigDecimal("11.0000"), 12, "Two-wheeler"),
            new LoanTemplate(new BigDecimal("100000.00"), new BigDecimal("10.5000"), 24, "Home repair"),
            new LoanTemplate(new BigDecimal("250000.00"), new BigDecimal("9.7500"), 36, "Shop stock"),
            new LoanTemplate(new BigDecimal("25000.00"), new BigDecimal("12.0000"), 6, "Education fees"));

    static final List<BigDecimal> FD_PRINCIPALS = List.of(new BigDecimal("10000.00"), new BigDecimal("25000.00"),
            new BigDecimal("50000.00"), new BigDecimal("100000.00"), new BigDecimal("200000.00"));

    /** The card's rate for 365–729 days (V2), which a 12-month FD gets. */
    static final BigDecimal FD_RATE = new BigDecimal("6.8000");
    static final int FD_MONTHS = 12;

    private Terms() {
    }

    static BigDecimal emi(LoanTemplate t) {
        BigDecimal r = t.rate().divide(TWELVE_HUNDRED, MC);
        BigDecimal growth = BigDecimal.ONE.add(r).pow(t.months(), MC);
        return t.principal().multiply(r, MC).multiply(growth, MC).divide(growth.subtract(BigDecimal.ONE), MC)
                .setScale(2, RoundingMode.HALF_UP);
    }

    static List<Line> schedule(LoanTemplate t) {
        BigDecimal emi = emi(t);
        BigDecimal outstanding = t.principal();
        List<Line> lines = new ArrayList<>();
        for (int k = 1; k <= t.months(); k++) {
            BigDecimal interest = outstanding.multiply(t.rate()).divide(TWELVE_HUNDRED, 2, RoundingMode.HALF_UP);
            BigDecimal principal = k == t.months() ? outstanding : emi.subtract(interest);
            lines.add(new Line(k, principal, interest));
            outstanding = outstanding.subtract(principal);
        }
        if (outstanding.signum() != 0) {
            throw new IllegalStateException("schedule does not repay the principal");
        }
        return lines;
    }

    /** P × (1 + r/400)^q × (1 + r·d/36500) for tenures of 6 months or more, rounded once. */
    static BigDecimal fdMaturity(BigDecimal principal, BigDecimal rate, LocalDate from, LocalDate to) {
        long months = Math.max(0, ChronoUnit.MONTHS.between(from, to));
        while (!from.plusMonths(months + 1).isAfter(to)) {
            months++;
        }
        MathContext mc = MathContext.DECIMAL128;
        int quarters = (int) (months / 3);
        long d = ChronoUnit.DAYS.between(from.plusMonths(3L * quarters), to);
        BigDecimal compounded = BigDecimal.ONE.add(rate.divide(BigDecimal.valueOf(400), mc)).pow(quarters, mc);
        BigDecimal tail = BigDecimal.ONE.add(rate.multiply(BigDecimal.valueOf(d)).divide(BigDecimal.valueOf(36500), mc));
        return principal.multiply(compounded, mc).multiply(tail, mc).setScale(2, RoundingMode.HALF_UP);
    }
}
