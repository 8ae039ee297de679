package org.coopbank.loan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coopbank.shared.Money;

/**
 * Reducing-balance EMI schedule (README "Money rules"). Plain Java, no container.
 * <ul>
 * <li>The monthly rate r = annual% / 1200 is never rounded: the EMI P·r·(1+r)^n / ((1+r)^n − 1) is evaluated with
 * 50 significant digits and rounded HALF_UP to paise once; each instalment's interest is outstanding × annual /
 * 1200 computed exactly and rounded HALF_UP to paise; principal = EMI − interest; the last instalment takes exactly
 * the remaining principal, so the principals sum to P.</li>
 * <li>A zero-rate loan: the instalment is P / n rounded HALF_UP, the last takes the remainder.</li>
 * <li>No instalment may be zero or negative: a loan too small for its tenure is refused ({@link LoanTooSmallException}).</li>
 * <li>Due dates fall monthly on the disbursement day, clamped to month end, the first one month after disbursement.</li>
 * </ul>
 */
public final class EmiCalculator {

    /** Precision of the EMI formula: far beyond what 360 compounding steps could lose at paise. */
    static final MathContext MC = new MathContext(50, RoundingMode.HALF_EVEN);
    private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);

    public record Line(int seqNo, LocalDate dueDate, Money principal, Money interest) {
        public Money total() {
            return principal.plus(interest);
        }
    }

    /** The principal cannot be spread over the tenure without a zero (or negative) instalment. */
    public static final class LoanTooSmallException extends IllegalArgumentException {
        LoanTooSmallException(String message) {
            super(message);
        }
    }

    private EmiCalculator() {
    }

    public static Money emi(Money principal, BigDecimal annualRatePercent, int months) {
        check(principal, annualRatePercent, months);
        BigDecimal p = principal.amount();
        if (annualRatePercent.signum() == 0) {
            return Money.of(p.divide(BigDecimal.valueOf(months), Money.SCALE, RoundingMode.HALF_UP));
        }
        BigDecimal r = annualRatePercent.divide(TWELVE_HUNDRED, MC);
        BigDecimal growth = BigDecimal.ONE.add(r).pow(months, MC);
        BigDecimal emi = p.multiply(r, MC).multiply(growth, MC).divide(growth.subtract(BigDecimal.ONE), MC);
        return Money.of(emi.setScale(Money.SCALE, RoundingMode.HALF_UP));
    }

    /** One month's interest on {@code outstanding}: outstanding × annual / 1200, exact, rounded HALF_UP once. */
    public static Money monthlyInterest(Money outstanding, BigDecimal annualRatePercent) {
        return Money.of(outstanding.amount().multiply(annualRatePercent)
                .divide(TWELVE_HUNDRED, Money.SCALE, RoundingMode.HALF_UP));
    }

    public static List<Line> schedule(Money principal, BigDecimal annualRatePercent, int months, LocalDate disbursedOn) {
        List<LocalDate> dueDates = new ArrayList<>(months);
        for (int i = 1; i <= months; i++) {
            dueDates.add(disbursedOn.plusMonths(i));
        }
        Money emi = emi(principal, annualRatePercent, months);
        return lines(1, principal, annualRatePercent, dueDates, emi, null, true);
    }

    /**
     * A schedule for what is left of a loan after a prepayment. {@code dueDates} are the remaining instalments'
     * dates; {@code firstInterest} is the interest of the first of them (the days from the prepayment to its due
     * date, computed by the caller). With {@code keepTenure} the EMI is recomputed over all remaining dates (lower EMI);
     * otherwise {@code currentEmi} is kept and the schedule ends as soon as the principal is repaid (shorter tenure).
     */
    public static List<Line> reschedule(int firstSeqNo, Money balance, BigDecimal annualRatePercent,
                                        List<LocalDate> dueDates, Money currentEmi, Money firstInterest,
                                        boolean keepTenure) {
        if (dueDates.isEmpty()) {
            throw new IllegalArgumentException("no instalments left to reschedule");
        }
        Money emi = keepTenure ? emi(balance, annualRatePercent, dueDates.size()) : currentEmi;
        return lines(firstSeqNo, balance, annualRatePercent, dueDates, emi, firstInterest, keepTenure);
    }

    private static List<Line> lines(int firstSeqNo, Money principal, BigDecimal rate, List<LocalDate> dueDates, Money emi,
                                    Money firstInterest, boolean useAllDates) {
        List<Line> lines = new ArrayList<>(dueDates.size());
        Money outstanding = principal;
        for (int k = 0; k < dueDates.size(); k++) {
            if (!outstanding.isPositive()) {
                if (useAllDates) {
                    throw tooSmall(emi, principal);
                }
                break;
            }
            Money interest = k == 0 && firstInterest != null ? firstInterest : monthlyInterest(outstanding, rate);
            Money principalPart;
            if (k == dueDates.size() - 1) {
                principalPart = outstanding;
            } else {
                principalPart = emi.minus(interest);
                if (!principalPart.isPositive() || (useAllDates && !principalPart.isLessThan(outstanding))) {
                    throw tooSmall(emi, principal);
                }
                principalPart = principalPart.min(outstanding);
            }
            lines.add(new Line(firstSeqNo + k, dueDates.get(k), principalPart, interest));
            outstanding = outstanding.minus(principalPart);
        }
        return lines;
    }

    private static LoanTooSmallException tooSmall(Money emi, Money principal) {
        return new LoanTooSmallException("An instalment of " + emi + " cannot repay " + principal
                + " over this tenure without a zero instalment; the loan is too small for its tenure");
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
