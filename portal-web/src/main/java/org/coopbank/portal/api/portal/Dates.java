package org.coopbank.portal.api.portal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.coopbank.shared.ValidationFailedException;

/** Date query parameters: ISO dates ({@code 2026-04-01}) or absent. */
final class Dates {

    private Dates() {
    }

    static LocalDate optional(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationFailedException(field, "must be a date like 2026-04-01");
        }
    }
}
