package org.coopbank.shared;

import jakarta.ejb.ApplicationException;

/**
 * A business rule refused the request. Thrown as is to the caller (not wrapped in EJBException) and rolls the
 * transaction back, so a refused operation changes nothing. {@link #code()} is stable for APIs and screens.
 */
@ApplicationException(rollback = true, inherited = true)
public class BusinessException extends RuntimeException {

    private final String code;

    public BusinessException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
