package org.coopbank.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs Bean Validation on a service's input and turns violations into a {@link ValidationFailedException}. */
@ApplicationScoped
public class Validation {

    @Inject
    Validator validator;

    public <T> T check(T input) {
        if (input == null) {
            throw new ValidationFailedException("input", "is required");
        }
        Set<ConstraintViolation<T>> found = validator.validate(input);
        if (!found.isEmpty()) {
            List<Map.Entry<String, String>> list = found.stream()
                    .map(v -> Map.entry(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                    .toList();
            throw new ValidationFailedException(list);
        }
        return input;
    }

    /** Money that moves must be positive, in paise (no fractions of a paisa). */
    public static Money positiveAmount(Money amount) {
        if (amount == null) {
            throw new InvalidAmountException("Amount is required");
        }
        if (!amount.isPositive()) {
            throw new InvalidAmountException("Amount must be greater than zero, was " + amount);
        }
        return amount;
    }

    public static Money positiveAmount(java.math.BigDecimal amount) {
        if (amount == null) {
            throw new InvalidAmountException("Amount is required");
        }
        if (amount.stripTrailingZeros().scale() > Money.SCALE) {
            throw new InvalidAmountException("Amount cannot have fractions of a paisa: " + amount.toPlainString());
        }
        return positiveAmount(Money.of(amount));
    }

    /**
     * An amount of money entering a service: required, positive, whole paise, at most {@code max}. The size is
     * checked before anything scales the number ({@link InputGuard#checkSize}).
     */
    public static Money amount(java.math.BigDecimal amount, String field, Money max) {
        if (amount == null) {
            throw new InvalidAmountException("Amount is required");
        }
        InputGuard.checkSize(field, amount);
        if (amount.compareTo(max.amount()) > 0) {
            throw new InvalidAmountException("Amount must be at most " + max);
        }
        return positiveAmount(amount);
    }

    /** A rate in % p.a.: required, 0 to {@code max}, at most four decimals (the columns are NUMERIC(7,4)). */
    public static java.math.BigDecimal rate(java.math.BigDecimal rate, String field, java.math.BigDecimal max) {
        if (rate == null) {
            throw new ValidationFailedException(field, "is required");
        }
        InputGuard.checkSize(field, rate);
        if (rate.signum() < 0 || rate.compareTo(max) > 0) {
            throw new ValidationFailedException(field, "must be between 0 and " + max.toPlainString());
        }
        if (rate.stripTrailingZeros().scale() > 4) {
            throw new ValidationFailedException(field, "can have at most 4 decimal places");
        }
        return rate;
    }

    /** A whole number in a range (tenures, counts). */
    public static int range(int value, String field, int min, int max) {
        if (value < min || value > max) {
            throw new ValidationFailedException(field, "must be between " + min + " and " + max);
        }
        return value;
    }

    /** Free text for a column of {@code maxLength}: trimmed; blank is null unless {@code required}. */
    public static String text(String value, String field, int maxLength, boolean required) {
        String t = value == null ? null : value.strip();
        if (t == null || t.isEmpty()) {
            if (required) {
                throw new ValidationFailedException(field, "is required");
            }
            return null;
        }
        if (t.length() > maxLength) {
            throw new ValidationFailedException(field, "must be at most " + maxLength + " characters");
        }
        return t;
    }
}
