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
}
