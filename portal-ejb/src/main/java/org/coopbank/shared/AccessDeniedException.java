package org.coopbank.shared;

/** Refusal code {@code forbidden}: the actor may not do this (wrong role, a customer acting for someone else, maker = checker). */
public class AccessDeniedException extends BusinessException {

    public AccessDeniedException(String message) {
        super("forbidden", message);
    }
}
