package org.coopbank.payment;

import org.coopbank.shared.BusinessException;

/** A webhook whose signature does not match its raw body: refused before anything is stored. */
public class InvalidSignatureException extends BusinessException {

    public InvalidSignatureException(String message) {
        super("invalid-signature", message);
    }
}
