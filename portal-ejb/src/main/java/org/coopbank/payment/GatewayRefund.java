package org.coopbank.payment;

/**
 * A refund as the gateway answers for it: its id ({@code rfnd_...}), the payment refunded, integer paise and the
 * gateway's status ({@code pending}, {@code processed} or {@code failed}).
 */
public record GatewayRefund(String id, String paymentId, long amountPaise, String status) {
}
