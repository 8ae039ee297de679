package org.coopbank.account;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.coopbank.shared.Money;

/**
 * Savings interest on the daily closing balance (container-free). For each day of the period the closing balance is
 * the sum of all the account's movements dated on or before it (credits plus, debits minus: a backdated entry counts
 * on its own date, whatever order it was posted in). Interest = Σ closing balance × rate% / 36500 over the days,
 * actual days / 365 in every year (leap years too), the sum kept exact and rounded HALF_UP to paise once.
 */
public final class DailyBalanceInterest {

    private static final BigDecimal DAYS_PERCENT = new BigDecimal("36500");

    private DailyBalanceInterest() {
    }

    /**
     * @param openingBalance the closing balance of the day before {@code from}
     * @param movements      the net movement per day within the period (credits minus debits), any order
     */
    public static Money interest(BigDecimal openingBalance, Map<LocalDate, BigDecimal> movements, LocalDate from,
                                 LocalDate to, BigDecimal annualRatePercent) {
        if (to.isBefore(from)) {
            return Money.ZERO;
        }
        NavigableMap<LocalDate, BigDecimal> byDay = new TreeMap<>(movements);
        BigDecimal balance = openingBalance;
        BigDecimal sumOfBalances = BigDecimal.ZERO;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            BigDecimal moved = byDay.get(d);
            if (moved != null) {
                balance = balance.add(moved);
            }
            if (balance.signum() > 0) {
                sumOfBalances = sumOfBalances.add(balance);
            }
        }
        BigDecimal exact = sumOfBalances.multiply(annualRatePercent).divide(DAYS_PERCENT, MathContext.DECIMAL128);
        return Money.of(exact.setScale(Money.SCALE, RoundingMode.HALF_UP));
    }

    /** Is {@code d} the last day of a calendar quarter (31 Mar, 30 Jun, 30 Sep, 31 Dec)? */
    public static boolean isQuarterEnd(LocalDate d) {
        return d.getMonthValue() % 3 == 0 && d.getDayOfMonth() == d.lengthOfMonth();
    }

    /** The first day of the quarter that {@code d} falls in. */
    public static LocalDate quarterStart(LocalDate d) {
        return LocalDate.of(d.getYear(), Month.of((d.getMonthValue() - 1) / 3 * 3 + 1), 1);
    }

    /** A quarter's name for keys and narrations: {@code 2026Q1}. */
    public static String quarterName(LocalDate d) {
        return d.getYear() + "Q" + ((d.getMonthValue() - 1) / 3 + 1);
    }
}
