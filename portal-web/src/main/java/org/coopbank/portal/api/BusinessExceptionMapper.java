package org.coopbank.portal.api;

import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coopbank.shared.BusinessException;
import org.coopbank.shared.ValidationFailedException;

/** A refused operation: problem JSON whose {@code type} is the refusal code. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Override
    public jakarta.ws.rs.core.Response toResponse(BusinessException e) {
        Map<String, String> errors = null;
        if (e instanceof ValidationFailedException v) {
            errors = new LinkedHashMap<>();
            for (Map.Entry<String, String> entry : v.violations()) {
                errors.merge(entry.getKey(), entry.getValue(), (a, b) -> a + "; " + b);
            }
        }
        return new Problem("urn:coopbank:problem:" + e.code(), title(e.code()), status(e.code()), e.getMessage(), errors)
                .toResponse();
    }

    static int status(String code) {
        return switch (code) {
            case "not-found" -> 404;
            case "forbidden" -> 403;
            case "validation-failed", "invalid-amount" -> 400;
            case "invalid-state", "duplicate" -> 409;
            case "insufficient-funds" -> 422;
            default -> 422;
        };
    }

    private static String title(String code) {
        return switch (code) {
            case "not-found" -> "Not found";
            case "forbidden" -> "Not allowed for you";
            case "validation-failed" -> "Invalid input";
            case "invalid-amount" -> "Invalid amount";
            case "invalid-state" -> "Not allowed in the current state";
            case "duplicate" -> "Already exists";
            case "insufficient-funds" -> "Insufficient funds";
            default -> "Request refused";
        };
    }
}
