package org.coopbank.loan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.coopbank.shared.Money;

/** Interest on actual days / 365 (broken periods of loans), computed exactly and rounded HALF_UP to paise once. */
public final class DayCount {

    private static final BigDecimal DAYS_PERCENT = BigDecimal.valueOf(36500);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DayCount() {
    }

    /** {@code base} × {@code annualRatePercent} × days(from, to) / 36500; zero when {@code to} is not after {@code from}. */
    public static Money interest(Money base, BigDecimal annualRatePercent, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        if (days <= 0 || !base.isPositive()) {
            return Money.ZERO;
        }
        return Money.of(base.amount().multiply(annualRatePercent).multiply(BigDecimal.valueOf(days))
                .divide(DAYS_PERCENT, Money.SCALE, RoundingMode.HALF_UP));
    }

    /** {@code percent}% of {@code base}, rounded HALF_UP to paise. */
    public static Money percentOf(Money base, BigDecimal percent) {
        return Money.of(base.amount().multiply(percent).divide(HUNDRED, Money.SCALE, RoundingMode.HALF_UP));
    }
}
