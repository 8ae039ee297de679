package org.coopbank.shared;

/** Refusal code {@code duplicate}. */
public class DuplicateException extends BusinessException {

    public DuplicateException(String message) {
        super("duplicate", message);
    }
}
