package org.coopbank.loan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coopbank.shared.Money;

/**
 * Reducing-balance EMI schedule (DESIGN.md §2). Plain Java, no container: r = annual% / 1200 at scale 10;
 * EMI = P·r·(1+r)^n / ((1+r)^n − 1) rounded HALF_UP to paise; each instalment's interest = outstanding × r
 * rounded to paise, principal = EMI − interest, the last instalment takes exactly the remaining principal.
 * A zero-rate loan splits P into n equal parts (rounded down), the remainder on the last. Due dates fall monthly
 * on the disbursement day, clamped to month end, the first one month after disbursement.
 */
public final class EmiCalculator {

    public static final int RATE_SCALE = 10;
    private static final MathContext MC = MathContext.DECIMAL128;

    public record Line(int seqNo, LocalDate dueDate, Money principal, Money interest) {
        public Money total() {
            return principal.plus(interest);
        }
    }

    private EmiCalculator() {
    }

    public static BigDecimal monthlyRate(BigDecimal annualRatePercent) {
        return annualRatePercent.divide(BigDecimal.valueOf(1200), RATE_SCALE, RoundingMode.HALF_UP);
    }

    public static Money emi(Money principal, BigDecimal annualRatePercent, int months) {
        check(principal, annualRatePercent, months);
        BigDecimal r = monthlyRate(annualRatePercent);
        BigDecimal p = principal.amount();
        if (r.signum() == 0) {
            return Money.of(p.divide(BigDecimal.valueOf(months), Money.SCALE, RoundingMode.DOWN));
        }
        BigDecimal growth = BigDecimal.ONE.add(r).pow(months, MC);
        BigDecimal emi = p.multiply(r, MC).multiply(growth, MC).divide(growth.subtract(BigDecimal.ONE), MC);
        return Money.of(emi.setScale(Money.SCALE, RoundingMode.HALF_UP));
    }

    public static List<Line> schedule(Money principal, BigDecimal annualRatePercent, int months, LocalDate disbursedOn) {
        Money emi = emi(principal, annualRatePercent, months);
        BigDecimal r = monthlyRate(annualRatePercent);
        List<Line> lines = new ArrayList<>(months);
        Money outstanding = principal;
        for (int i = 1; i <= months; i++) {
            Money interest = Money.of(outstanding.amount().multiply(r).setScale(Money.SCALE, RoundingMode.HALF_UP));
            Money principalPart = i == months ? outstanding : emi.minus(interest).min(outstanding);
            if (principalPart.isNegative()) {
                principalPart = Money.ZERO;
            }
            lines.add(new Line(i, disbursedOn.plusMonths(i), principalPart, interest));
            outstanding = outstanding.minus(principalPart);
        }
        return lines;
    }

    private static void check(Money principal, BigDecimal rate, int months) {
        if (principal == null || !principal.isPositive()) {
            throw new IllegalArgumentException("principal must be positive");
        }
        if (rate == null || rate.signum() < 0) {
            throw new IllegalArgumentException("rate must not be negative");
        }
        if (months < 1 || months > 360) {
            throw new IllegalArgumentException("tenure must be 1 to 360 months");
        }
    }
}
