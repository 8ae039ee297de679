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
