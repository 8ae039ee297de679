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
}
