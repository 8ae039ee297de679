package org.coopbank.payment;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.json.JSONArray;
import org.json.JSONObject;

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
    private final SimulatedCaptures captures;
    private final Map<String, List<GatewayPayment>> attempts = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, GatewaySettlementReport> extraSettlements = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Long, GatewayRefund> refunds = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean refusingRefunds;

    /** A simulated gateway that has captured nothing (no settlements). */
    public SimulatedGateway(String secret) {
        this(secret, null);
    }

    /** {@code captures}: the simulated gateway's payments as our database has them, for its settlement report. */
    public SimulatedGateway(String secret, SimulatedCaptures captures) {
        this.secret = secret;
        this.captures = captures;
    }

    /** A signed webhook delivery: what the gateway would POST, with its headers. */
    public record SignedWebhook(String eventId, String body, String signature) {

        /**
         * Posts this webhook to {@code url} (this server's own {@code /api/webhooks/razorpay}) with Razorpay's headers,
         * as the gateway would; a refusal or an unreachable endpoint is logged, not thrown (the event can be sent again).
         */
        public void deliverTo(String url) {
            java.util.logging.Logger log = java.util.logging.Logger.getLogger(SimulatedGateway.class.getName());
            try {
                java.net.http.HttpResponse<Void> r = java.net.http.HttpClient.newBuilder()
                        .connectTimeout(java.time.Duration.ofSeconds(5)).build().send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                                .timeout(java.time.Duration.ofSeconds(10))
                                .header("Content-Type", "application/json").header("X-Razorpay-Signature", signature)
                                .header("X-Razorpay-Event-Id", eventId)
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() != 200) {
                    log.warning(() -> "Simulated webhook " + eventId + " answered " + r.statusCode());
                }
            } catch (java.io.IOException e) {
                log.log(java.util.logging.Level.WARNING, "Simulated webhook " + eventId + " not delivered to " + url, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
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

    /**
     * The attempts recorded on the order ({@link #recordAttempt}), as Razorpay's {@code GET /v1/orders/{id}/payments}
     * would list them. Kept in memory only: a restart forgets them, and the reconciler then learns nothing.
     */
    @Override
    public List<GatewayPayment> paymentsOf(String orderId) {
        return attempts.getOrDefault(orderId, List.of());
    }

    /**
     * Records a payment attempt on one of its orders, as the real gateway keeps it: the simulated checkout does, before
     * it tells our server (which may never hear, like a browser closed after paying); tests do.
     */
    public void recordAttempt(GatewayPayment attempt) {
        attempts.merge(attempt.orderId(), List.of(attempt), (old, added) -> {
            List<GatewayPayment> all = new java.util.ArrayList<>(old);
            all.removeIf(a -> a.id().equals(attempt.id()));
            all.addAll(added);
            return List.copyOf(all);
        });
    }

    /**
     * Refunds at once (no money moves): {@code rfnd_sim_...}, status processed, remembered in memory under our refund id
     * so a retry finds it. While {@link #refuseRefunds} is on (tests), it answers as a gateway that is down.
     */
    @Override
    public GatewayRefund refund(String gatewayPaymentId, long amountPaise, long ourRefundId, Map<String, String> notes) {
        if (refusingRefunds) {
            throw new GatewayUnavailableException("The simulated gateway refused refund " + ourRefundId);
        }
        return refunds.computeIfAbsent(ourRefundId,
                k -> new GatewayRefund("rfnd_sim_" + randomId(14), gatewayPaymentId, amountPaise, "processed"));
    }

    @Override
    public java.util.Optional<GatewayRefund> findRefund(String gatewayPaymentId, long ourRefundId) {
        if (refusingRefunds) {
            throw new GatewayUnavailableException("The simulated gateway is not answering");
        }
        return java.util.Optional.ofNullable(refunds.get(ourRefundId));
    }

    /** Tests: the gateway refuses (or again accepts) refund calls, as if it were down. */
    public void refuseRefunds(boolean refuse) {
        this.refusingRefunds = refuse;
    }

    /**
     * A {@code refund.processed} or {@code refund.failed} webhook in Razorpay's shape (the refund entity with our refund
     * id in {@code notes.refund_id} and {@code receipt}, and the payment entity), signed over the exact body.
     * {@code ourRefundId} null: a refund made on the gateway's dashboard (empty notes, as Razorpay sends them: []).
     */
    public SignedWebhook refundWebhook(String event, String refundId, String paymentId, long amountPaise, String currency,
                                       Long ourRefundId) {
        long now = Instant.now().getEpochSecond();
        JSONObject refund = new JSONObject().put("id", refundId).put("entity", "refund").put("amount", amountPaise)
                .put("currency", currency).put("payment_id", paymentId)
                .put("notes", ourRefundId == null ? new JSONArray() : new JSONObject().put("refund_id", String.valueOf(ourRefundId)))
                .put("receipt", ourRefundId == null ? JSONObject.NULL : "refund-" + ourRefundId)
                .put("created_at", now).put("status", event.equals("refund.failed") ? "failed" : "processed")
                .put("speed_processed", "normal").put("speed_requested", "normal");
        JSONObject payment = new JSONObject().put("id", paymentId).put("entity", "payment").put("currency", currency)
                .put("status", "refunded").put("captured", true).put("amount_refunded", amountPaise);
        JSONObject payload = new JSONObject().put("refund", new JSONObject().put("entity", refund))
                .put("payment", new JSONObject().put("entity", payment));
        String body = new JSONObject().put("entity", "event").put("account_id", "acc_simulated").put("event", event)
                .put("contains", new JSONArray().put("refund").put("payment")).put("payload", payload)
                .put("created_at", now).toString();
        return new SignedWebhook("evt_sim_" + randomId(16), body, Signatures.hmacSha256Hex(secret, body));
    }

    @Override
    public boolean reportsSettlements() {
        return true;
    }

    /**
     * Its settlement report ({@link SimulatedSettlements}): each day's captures settled the next day at 09:00 with the
     * configured fee and GST, deterministically; plus any settlement a test reported ({@link #reportSettlement}).
     */
    @Override
    public List<GatewaySettlementReport> settlements(Instant from, Instant to) {
        List<GatewaySettlementReport> out = new java.util.ArrayList<>();
        if (captures != null) {
            out.addAll(SimulatedSettlements.settle(captures.capturedBetween(SimulatedSettlements.capturesFrom(from), to),
                    captures.fees(), from, to, Instant.now()));
        }
        extraSettlements.values().stream().filter(s -> !s.createdAt().isBefore(from) && !s.createdAt().isAfter(to))
                .sorted(java.util.Comparator.comparing(GatewaySettlementReport::id)).forEach(out::add);
        return out;
    }

    /** Adds a settlement to its report as the gateway would send it, whatever its amounts (tests do, in memory only). */
    public void reportSettlement(GatewaySettlementReport settlement) {
        extraSettlements.put(settlement.id(), settlement);
    }

    /** The webhook signature of any body (the simulated checkout page and tests send their own). */
    public String sign(String rawBody) {
        return Signatures.hmacSha256Hex(secret, rawBody);
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
        JSONObject payment = new JSONObject().put("id", paymentId).put("entity", "payment").put("amount", amountPaise)
                .put("currency", currency).put("status", failed ? "failed" : "captured").put("order_id", orderId)
                .put("method", "upi").put("captured", !failed).put("created_at", now);
        if (failed) {
            payment.put("error_code", "BAD_REQUEST_ERROR").put("error_description", "Payment declined (simulated)");
        }
        JSONObject payload = new JSONObject().put("payment", new JSONObject().put("entity", payment));
        if (event.equals("order.paid")) {
            payload.put("order", new JSONObject().put("entity", new JSONObject().put("id", orderId).put("entity", "order")
                    .put("amount", amountPaise).put("amount_paid", amountPaise).put("currency", currency)
                    .put("status", "paid")));
        }
        String body = new JSONObject().put("entity", "event").put("account_id", "acc_simulated").put("event", event)
                .put("contains", new JSONArray().put("payment")).put("payload", payload).put("created_at", now).toString();
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
