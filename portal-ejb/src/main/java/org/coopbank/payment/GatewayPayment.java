package org.coopbank.payment;

/** A payment attempt the gateway knows for an order (for the reconciler). Status as the gateway names it. */
public record GatewayPayment(String id, String orderId, String status, long amountPaise, String currency) {
}
