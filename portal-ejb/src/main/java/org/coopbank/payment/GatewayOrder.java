package org.coopbank.payment;

/** An order created at the gateway for one of our payments (receipt = our payment id). */
public record GatewayOrder(String id, long amountPaise, String currency) {
}
