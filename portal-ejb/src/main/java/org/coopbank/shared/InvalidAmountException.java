package org.coopbank.shared;

/** Refusal code {@code invalid-amount}. */
public class InvalidAmountException extends BusinessException {

    public InvalidAmountException(String message) {
        super("invalid-amount", message);
    }
}
