package org.coopbank.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of Indian rupees at paise precision. Immutable; every constructor rounds HALF_UP to two places,
 * so intermediate maths (done in BigDecimal at higher scale) is rounded exactly where a Money is made.
 * The bank is single-currency (INR), so the currency is implied and never mixed.
 */
public final class Money implements Comparable<Money>, Serializable {

    public static final String CURRENCY = "INR";
    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount.setScale(SCALE, ROUNDING);
    }

    public static Money of(BigDecimal amount) {
        return new Money(Objects.requireNonNull(amount, "amount"));
    }

    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public static Money of(long rupees) {
        return new Money(BigDecimal.valueOf(rupees));
    }

    /** Integer paise, as payment gateways exchange amounts. */
    public static Money ofPaise(long paise) {
        return new Money(BigDecimal.valueOf(paise, SCALE));
    }

    public BigDecimal amount() {
        return amount;
    }

    public long toPaise() {
        return amount.movePointRight(SCALE).longValueExact();
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Money o) {
        return amount.compareTo(o.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && amount.compareTo(m.amount) == 0;
    }

    @Override
    public int hashCode() {
        return amount.stripTrailingZeros().hashCode();
    }

    /** Plain decimal, e.g. {@code 1234.50}. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
