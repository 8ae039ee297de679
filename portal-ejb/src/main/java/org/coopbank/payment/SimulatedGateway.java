package org.coopbank.payment;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * SIMULATED PAYMENT GATEWAY: no money moves anywhere. The embedded default, so the whole payment flow runs offline
 * and in the demo. Its orders are local ids ({@code order_sim_...}); it signs checkouts and webhooks the way Razorpay
 * does (HMAC-SHA256, one secret for both, {@link GatewayConfig#SIMULATED_SECRET}) and can write a webhook body in
 * Razorpay's JSON shape, which its checkout page sends to our own webhook endpoint.
 */
public class SimulatedGateway implements PaymentGateway {

    public static final String NAME = "simulated";
    public static final String KEY_ID = "rzp_simulated_local";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final String secret;

    public SimulatedGateway(String secret) {
        this.secret = secret;
    }

    /** A signed webhook delivery: what the gateway would POST, with its headers. */
    public record SignedWebhook(String eventId, String body, String signature) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String keyId() {
        return KEY_ID;
    }

    @Override
    public GatewayOrder createOrder(long receipt, long amountPaise, String currency, Map<String, String> notes) {
        return new GatewayOrder("order_sim_" + randomId(14), amountPaise, currency);
    }

    @Override
    public boolean verifyCheckoutSignature(String orderId, String paymentId, String signature) {
        return Signatures.matches(secret, orderId + "|" + paymentId, signature);
    }

    @Override
    public boolean verifyWebhookSignature(String rawBody, String signature) {
        return Signatures.matches(secret, rawBody, signature);
    }

    /** The simulated gateway keeps no state: the reconciler learns nothing from it. */
    @Override
    public List<GatewayPayment> paymentsOf(String orderId) {
        return List.of();
    }

    public String newPaymentId() {
        return "pay_sim_" + randomId(14);
    }

    public String checkoutSignature(String orderId, String paymentId) {
        return Signatures.hmacSha256Hex(secret, orderId + "|" + paymentId);
    }

    /**
     * A webhook in Razorpay's shape: {@code payment.captured}, {@code payment.failed} or {@code order.paid} (which
     * also carries the order entity), signed over the exact body.
     */
    public SignedWebhook webhook(String event, String orderId, String paymentId, long amountPaise, String currency) {
        long now = Instant.now().getEpochSecond();
        boolean failed = event.equals("payment.failed");
        JsonObjectBuilder payment = Json.createObjectBuilder().add("id", paymentId).add("entity", "payment")
                .add("amount", amountPaise).add("currency", currency)
                .add("status", failed ? "failed" : "captured").add("order_id", orderId).add("method", "upi")
                .add("captured", !failed).add("created_at", now);
        if (failed) {
            payment.add("error_code", "BAD_REQUEST_ERROR").add("error_description", "Payment declined (simulated)");
        }
        JsonObjectBuilder payload = Json.createObjectBuilder().add("payment",
                Json.createObjectBuilder().add("entity", payment));
        if (event.equals("order.paid")) {
            payload.add("order", Json.createObjectBuilder().add("entity", Json.createObjectBuilder().add("id", orderId)
                    .add("entity", "order").add("amount", amountPaise).add("amount_paid", amountPaise)
                    .add("currency", currency).add("status", "paid")));
        }
        String body = Json.createObjectBuilder().add("entity", "event").add("account_id", "acc_simulated")
                .add("event", event).add("contains", Json.createArrayBuilder().add("payment"))
                .add("payload", payload).add("created_at", now).build().toString();
        return new SignedWebhook("evt_sim_" + randomId(16), body, Signatures.hmacSha256Hex(secret, body));
    }

    private static String randomId(int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(c);
    }
}
