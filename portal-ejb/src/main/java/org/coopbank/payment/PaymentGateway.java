package org.coopbank.payment;

import java.util.List;
import java.util.Map;

/**
 * A payment gateway as the bank uses it. Signatures are HMAC-SHA256 in hex, compared in constant time: the checkout
 * signature over {@code order_id|payment_id} with the key secret, the webhook signature over the raw body with the
 * webhook secret.
 */
public interface PaymentGateway {

    /** {@code simulated} or {@code razorpay}, stored on each payment. */
    String name();

    /** The public key id the browser's checkout needs. */
    String keyId();

    /** Creates the order; {@code receipt} is our payment id, so a retried create returns the same order. */
    GatewayOrder createOrder(long receipt, long amountPaise, String currency, Map<String, String> notes);

    boolean verifyCheckoutSignature(String orderId, String paymentId, String signature);

    boolean verifyWebhookSignature(String rawBody, String signature);

    /** The order's payment attempts (the reconciler asks for orders still pending after a while). */
    List<GatewayPayment> paymentsOf(String orderId);

    /**
     * Asks the gateway to refund {@code amountPaise} of the captured payment {@code gatewayPaymentId}. Our refund id goes
     * with it ({@code receipt} and {@code notes.refund_id}), so the {@code refund.*} webhooks and a later
     * {@link #findRefund} can name it. Called outside a transaction: it may go over the network.
     *
     * @throws GatewayUnavailableException when the gateway refuses or does not answer
     */
    GatewayRefund refund(String gatewayPaymentId, long amountPaise, long ourRefundId, Map<String, String> notes);

    /**
     * The refund the gateway already made for our refund id, if any: a retry asks this first, so an answer lost on the
     * way back never makes the gateway refund twice.
     *
     * @throws GatewayUnavailableException when the gateway does not answer
     */
    java.util.Optional<GatewayRefund> findRefund(String gatewayPaymentId, long ourRefundId);

    /** Whether {@link #settlements} works; without a report the accountant records settlements by hand. */
    default boolean reportsSettlements() {
        return false;
    }

    /**
     * The settlements the gateway made between {@code from} and {@code to} (its settlement report, every page of it),
     * in any status. Called outside a transaction: it may go over the network.
     *
     * @throws GatewayUnavailableException when the gateway does not answer
     * @throws UnsupportedOperationException when the gateway has no settlement report ({@link #reportsSettlements()})
     */
    default List<GatewaySettlementReport> settlements(java.time.Instant from, java.time.Instant to) {
        throw new UnsupportedOperationException(name() + " has no settlement report");
    }
}
