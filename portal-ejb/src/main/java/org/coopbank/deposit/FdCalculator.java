package org.coopbank.deposit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.coopbank.shared.Money;

/**
 * Fixed-deposit interest (README "Money rules"). For a period of 6 months or more interest compounds quarterly:
 * amount = P × (1 + r/400)^q × (1 + r·d/36500), q = whole quarters of the whole months run (a 6-month FD opened
 * on 31 March has two), d = remaining days. Shorter periods earn
 * simple interest: P × (1 + r·days/36500). Rounded HALF_UP to paise once, at the end.
 */
public final class FdCalculator {

    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal FOUR_HUNDRED = BigDecimal.valueOf(400);
    private static final BigDecimal DAYS_PCT = BigDecimal.valueOf(36500);

    private FdCalculator() {
    }

    public static Money amountAt(Money principal, BigDecimal annualRatePercent, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
        if (annualRatePercent.signum() < 0) {
            throw new IllegalArgumentException("rate must not be negative");
        }
        BigDecimal p = principal.amount();
        BigDecimal r = annualRatePercent;
        long months = wholeMonths(from, to);
        BigDecimal amount;
        if (months >= 6) {
            int quarters = (int) (months / 3);
            LocalDate afterQuarters = from.plusMonths(3L * quarters);
            long d = ChronoUnit.DAYS.between(afterQuarters, to);
            BigDecimal compounded = BigDecimal.ONE.add(r.divide(FOUR_HUNDRED, MC)).pow(quarters, MC);
            BigDecimal simpleTail = BigDecimal.ONE.add(r.multiply(BigDecimal.valueOf(d)).divide(DAYS_PCT, MC));
            amount = p.multiply(compounded, MC).multiply(simpleTail, MC);
        } else {
            long days = ChronoUnit.DAYS.between(from, to);
            amount = p.multiply(BigDecimal.ONE.add(r.multiply(BigDecimal.valueOf(days)).divide(DAYS_PCT, MC)), MC);
        }
        return Money.of(amount.setScale(Money.SCALE, RoundingMode.HALF_UP));
    }

    /**
     * Whole calendar months from {@code from} to {@code to}, counted the way tenures are: month-end dates clamp, so
     * 31 March to 30 September is 6 months (ChronoUnit.MONTHS would say 5), as is 31 August to 28 February.
     */
    public static long wholeMonths(LocalDate from, LocalDate to) {
        long m = Math.max(0, ChronoUnit.MONTHS.between(from, to));
        while (!from.plusMonths(m + 1).isAfter(to)) {
            m++;
        }
        return m;
    }

    public static Money maturityAmount(Money principal, BigDecimal annualRatePercent, LocalDate openedOn, int tenureMonths) {
        return amountAt(principal, annualRatePercent, openedOn, openedOn.plusMonths(tenureMonths));
    }

    /** Premature closure: the rate for the period run, less the penalty points, never below zero. */
    public static Money prematureAmount(Money principal, BigDecimal rateForPeriodRun, BigDecimal penaltyPoints,
                                        LocalDate openedOn, LocalDate closedOn) {
        BigDecimal rate = rateForPeriodRun.subtract(penaltyPoints).max(BigDecimal.ZERO);
        return amountAt(principal, rate, openedOn, closedOn);
    }
}
