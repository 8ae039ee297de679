package org.coopbank.portal.api.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coopbank.shared.ValidationFailedException;

/** {@code page} (from 0) and {@code size} (1 to 100, default 20) query parameters, checked. */
record Paging(int page, int size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    static Paging of(String page, String size) {
        List<Map.Entry<String, String>> errors = new ArrayList<>();
        int p = number(page, 0, "page", 0, 100_000, errors);
        int s = number(size, DEFAULT_SIZE, "size", 1, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        return new Paging(p, s);
    }

    int first() {
        return page * size;
    }

    private static int number(String value, int dflt, String field, int min, int max, List<Map.Entry<String, String>> errors) {
        if (value == null || value.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(Map.entry(field, "must be a whole number from " + min + " to " + max));
        return dflt;
    }
}
