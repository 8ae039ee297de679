package org.coopbank.shared;

/** Refusal code {@code not-found}. */
public class NotFoundException extends BusinessException {

    public NotFoundException(String message) {
        super("not-found", message);
    }
}
