package org.coopbank.portal.api;

import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coopbank.shared.BusinessException;
import org.coopbank.shared.ValidationFailedException;

/**
 * A refused operation: problem JSON whose {@code type} is the refusal code. The {@code detail} is a fixed text per
 * code, never the exception's message (which may name a PAN, an account or a customer: it goes to the log at FINE).
 * Validation errors keep their field names with the fixed messages of Bean Validation or of the service.
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    private static final Logger LOG = Logger.getLogger(BusinessExceptionMapper.class.getName());

    @Override
    public jakarta.ws.rs.core.Response toResponse(BusinessException e) {
        LOG.log(Level.FINE, "Refused ({0}): {1}", new Object[] {e.code(), e.getMessage()});
        return problem(e).toResponse();
    }

    static Problem problem(BusinessException e) {
        Map<String, String> errors = null;
        if (e instanceof ValidationFailedException v) {
            errors = new LinkedHashMap<>();
            for (Map.Entry<String, String> entry : v.violations()) {
                errors.merge(entry.getKey(), entry.getValue(), (a, b) -> a + "; " + b);
            }
        }
        String code = e.code();
        return new Problem("urn:coopbank:problem:" + code, title(code), status(code), detail(code), errors);
    }

    static int status(String code) {
        return switch (code) {
            case "not-found" -> 404;
            case "forbidden" -> 403;
            case "validation-failed", "invalid-amount" -> 400;
            case "invalid-state", "duplicate" -> 409;
            case "insufficient-funds" -> 422;
            case "too-many-attempts" -> 429;
            case "invalid-code" -> 401;
            case "invalid-signature" -> 400;
            case "gateway-unavailable" -> 503;
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
            case "too-many-attempts" -> "Too many attempts";
            case "invalid-code" -> "Code not accepted";
            case "invalid-signature" -> "Signature not valid";
            case "gateway-unavailable" -> "Payment gateway unavailable";
            default -> "Request refused";
        };
    }

    /** Fixed per code: nothing of the request, the records or the server's internals. */
    static String detail(String code) {
        return switch (code) {
            case "not-found" -> "The requested record does not exist or is not yours.";
            case "forbidden" -> "You are not allowed to do this.";
            case "validation-failed" -> "Some fields are not valid; see errors.";
            case "invalid-amount" -> "The amount must be greater than zero, in rupees and paise.";
            case "invalid-state" -> "The record's current state does not allow this.";
            case "too-many-attempts" -> "Too many attempts from this number or address: wait and try again.";
            case "invalid-code" -> "The code is not correct or has expired.";
            case "duplicate" -> "A record with these details already exists.";
            case "insufficient-funds" -> "The account does not have enough available balance.";
            case "invalid-signature" -> "The signature does not match the request.";
            case "gateway-unavailable" -> "The payment gateway could not take the payment now; nothing was charged. Try again later.";
            default -> "The request was refused.";
        };
    }
}
