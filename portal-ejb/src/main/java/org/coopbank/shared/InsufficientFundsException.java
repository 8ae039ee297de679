package org.coopbank.shared;

/** Refusal code {@code insufficient-funds}. */
public class InsufficientFundsException extends BusinessException {

    public InsufficientFundsException(String message) {
        super("insufficient-funds", message);
    }
}
