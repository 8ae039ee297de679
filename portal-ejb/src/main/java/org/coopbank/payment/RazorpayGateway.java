package org.coopbank.payment;

import com.razorpay.Order;
import com.razorpay.RazorpayClient;
import com.razorpay.RazorpayException;
import com.razorpay.Settlement;
import com.razorpay.Utils;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.json.JSONObject;

/**
 * Razorpay through its Java SDK (razorpay-java 1.4.8). Key id, key secret and webhook secret come from configuration
 * ({@link GatewayConfig}). Signatures are checked twice: by our own constant-time HMAC and by the SDK's {@link Utils};
 * both must agree.
 */
public class RazorpayGateway implements PaymentGateway {

    public static final String NAME = "razorpay";
    private static final Logger LOG = Logger.getLogger(RazorpayGateway.class.getName());

    private final String keyId;
    private final String keySecret;
    private final String webhookSecret;
    private volatile RazorpayClient client;

    public RazorpayGateway(String keyId, String keySecret, String webhookSecret) {
        this.keyId = keyId;
        this.keySecret = keySecret;
        this.webhookSecret = webhookSecret;
    }

    static RazorpayGateway fromConfig() {
        return new RazorpayGateway(GatewayConfig.required(GatewayConfig.RAZORPAY_KEY_ID),
                GatewayConfig.required(GatewayConfig.RAZORPAY_KEY_SECRET),
                GatewayConfig.required(GatewayConfig.RAZORPAY_WEBHOOK_SECRET));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String keyId() {
        return keyId;
    }

    private RazorpayClient client() throws RazorpayException {
        RazorpayClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = new RazorpayClient(keyId, keySecret);
                }
                c = client;
            }
        }
        return c;
    }

    @Override
    public GatewayOrder createOrder(long receipt, long amountPaise, String currency, Map<String, String> notes) {
        JSONObject request = new JSONObject().put("amount", amountPaise).put("currency", currency)
                .put("receipt", String.valueOf(receipt)).put("notes", new JSONObject(notes));
        try {
            Order order = client().orders.create(request);
            return new GatewayOrder(order.get("id"), ((Number) order.get("amount")).longValue(), order.get("currency"));
        } catch (RazorpayException | RuntimeException e) {
            LOG.log(Level.WARNING, "Razorpay order for payment " + receipt + " not created", e);
            throw new GatewayUnavailableException("Razorpay refused or did not answer the order for payment " + receipt);
        }
    }

    @Override
    public boolean verifyCheckoutSignature(String orderId, String paymentId, String signature) {
        if (!Signatures.matches(keySecret, orderId + "|" + paymentId, signature)) {
            return false;
        }
        try {
            return Utils.verifyPaymentSignature(new JSONObject().put("razorpay_order_id", orderId)
                    .put("razorpay_payment_id", paymentId).put("razorpay_signature", signature), keySecret);
        } catch (RazorpayException e) {
            return false;
        }
    }

    @Override
    public boolean verifyWebhookSignature(String rawBody, String signature) {
        if (!Signatures.matches(webhookSecret, rawBody, signature)) {
            return false;
        }
        try {
            return Utils.verifyWebhookSignature(rawBody, signature, webhookSecret);
        } catch (RazorpayException e) {
            return false;
        }
    }

    @Override
    public List<GatewayPayment> paymentsOf(String orderId) {
        try {
            return client().orders.fetchPayments(orderId).stream().map(p -> new GatewayPayment(p.get("id"),
                    p.get("order_id"), p.get("status"), ((Number) p.get("amount")).longValue(), p.get("currency")))
                    .toList();
        } catch (RazorpayException | RuntimeException e) {
            // RuntimeException too: the SDK parses any error body as JSON, so a proxy's HTML page throws JSONException
            LOG.log(Level.WARNING, "Razorpay did not list the payments of order " + orderId, e);
            throw new GatewayUnavailableException("Razorpay did not list the payments of order " + orderId);
        }
    }

    /**
     * {@code POST /v1/payments/{id}/refund} (the SDK's {@code payments.refund}) with {@code amount} in paise, our refund
     * id as {@code receipt} and in {@code notes.refund_id}, and {@code speed} normal.
     */
    @Override
    public GatewayRefund refund(String gatewayPaymentId, long amountPaise, long ourRefundId, Map<String, String> notes) {
        JSONObject n = new JSONObject(notes).put("refund_id", String.valueOf(ourRefundId));
        JSONObject request = new JSONObject().put("amount", amountPaise).put("speed", "normal")
                .put("receipt", receipt(ourRefundId)).put("notes", n);
        try {
            return map(client().payments.refund(gatewayPaymentId, request).toJson());
        } catch (RazorpayException | RuntimeException e) {
            LOG.log(Level.WARNING, "Razorpay refund " + ourRefundId + " of " + gatewayPaymentId + " not made", e);
            throw new GatewayUnavailableException("Razorpay refused or did not answer refund " + ourRefundId);
        }
    }

    /** {@code GET /v1/payments/{id}/refunds} (the SDK's {@code payments.fetchAllRefunds}): ours by receipt or notes. */
    @Override
    public java.util.Optional<GatewayRefund> findRefund(String gatewayPaymentId, long ourRefundId) {
        try {
            for (com.razorpay.Refund r : client().payments.fetchAllRefunds(gatewayPaymentId,
                    new JSONObject().put("count", 100))) {
                JSONObject json = r.toJson();
                if (ourRefundId == ourRefundIdOf(json)) {
                    return java.util.Optional.of(map(json));
                }
            }
            return java.util.Optional.empty();
        } catch (RazorpayException | RuntimeException e) {
            LOG.log(Level.WARNING, "Razorpay did not list the refunds of " + gatewayPaymentId, e);
            throw new GatewayUnavailableException("Razorpay did not list the refunds of payment " + gatewayPaymentId);
        }
    }

    static String receipt(long ourRefundId) {
        return "refund-" + ourRefundId;
    }

    /**
     * Our refund id in a Razorpay refund entity ({@code notes.refund_id}, else {@code receipt}), or -1. Razorpay sends
     * empty notes as an empty JSON array, so notes are read only when they are an object.
     */
    public static long ourRefundIdOf(JSONObject refund) {
        Object notes = refund.opt("notes");
        if (notes instanceof JSONObject o && o.optString("refund_id", "").matches("\\d{1,18}")) {
            return Long.parseLong(o.getString("refund_id"));
        }
        String receipt = refund.optString("receipt", "");
        return receipt.matches("refund-\\d{1,18}") ? Long.parseLong(receipt.substring(7)) : -1;
    }

    private static GatewayRefund map(JSONObject r) {
        return new GatewayRefund(r.getString("id"), r.optString("payment_id", null), r.getLong("amount"),
                r.optString("status", "pending"));
    }

    @Override
    public boolean reportsSettlements() {
        return true;
    }

    /**
     * {@code GET /v1/settlements?from=&to=&count=100&skip=} (the SDK's {@code settlement.fetchAll}), page after page
     * until a page comes back short. {@code from}/{@code to} are Unix seconds. Razorpay's {@code amount} is what it paid
     * into the bank, its {@code fees} the fee <em>including</em> the GST in {@code tax} (as on its payment entity), so
     * gross = amount + fees and the fee without tax = fees - tax.
     */
    @Override
    public List<GatewaySettlementReport> settlements(Instant from, Instant to) {
        List<GatewaySettlementReport> out = new ArrayList<>();
        try {
            for (int skip = 0; ; skip += PAGE) {
                List<Settlement> page = client().settlement.fetchAll(new JSONObject().put("from", from.getEpochSecond())
                        .put("to", to.getEpochSecond()).put("count", PAGE).put("skip", skip));
                for (Settlement s : page) {
                    out.add(GatewaySettlementReport.fromRazorpay(s.toJson()));
                }
                if (page.size() < PAGE || skip > MAX_SKIP) {
                    return out;
                }
            }
        } catch (RazorpayException | RuntimeException e) {
            LOG.log(Level.WARNING, "Razorpay did not list the settlements from " + from + " to " + to, e);
            throw new GatewayUnavailableException("Razorpay did not list the settlements");
        }
    }

    private static final int PAGE = 100;
    private static final int MAX_SKIP = 100_000;

}
