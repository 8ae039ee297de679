package org.coopbank.batch.support;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The {@code businessDate} job parameter (ISO {@code yyyy-MM-dd}), required by every nightly job. */
public final class BusinessDates {

    public static final String PARAMETER = "businessDate";

    private BusinessDates() {
    }

    public static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("job parameter " + PARAMETER + " (yyyy-MM-dd) is missing");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("job parameter " + PARAMETER + " is not a date: " + value);
        }
    }
}
