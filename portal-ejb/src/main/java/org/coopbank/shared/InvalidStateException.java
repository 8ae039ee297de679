package org.coopbank.shared;

/** Refusal code {@code invalid-state}. */
public class InvalidStateException extends BusinessException {

    public InvalidStateException(String message) {
        super("invalid-state", message);
    }
}
