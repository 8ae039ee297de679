package org.coopbank.payment;

import org.coopbank.shared.BusinessException;

/** The payment gateway could not be reached or refused to create the order; nothing was kept. */
public class GatewayUnavailableException extends BusinessException {

    public GatewayUnavailableException(String message) {
        super("gateway-unavailable", message);
    }
}
