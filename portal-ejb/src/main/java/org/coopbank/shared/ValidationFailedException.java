package org.coopbank.shared;

import java.util.List;
import java.util.Map;

/** Refusal code {@code validation-failed}: input failed Bean Validation; {@link #violations()} maps field to message. */
public class ValidationFailedException extends BusinessException {

    private final transient List<Map.Entry<String, String>> violations;

    public ValidationFailedException(List<Map.Entry<String, String>> violations) {
        super("validation-failed", "Invalid input: " + describe(violations));
        this.violations = List.copyOf(violations);
    }

    public ValidationFailedException(String field, String message) {
        this(List.of(Map.entry(field, message)));
    }

    public List<Map.Entry<String, String>> violations() {
        return violations;
    }

    private static String describe(List<Map.Entry<String, String>> violations) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> v : violations) {
            if (!sb.isEmpty()) {
                sb.append("; ");
            }
            sb.append(v.getKey()).append(' ').append(v.getValue());
        }
        return sb.toString();
    }
}
