package org.coopbank.payout;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.logging.Logger;
import org.json.JSONException;
import org.json.JSONObject;

/**
 * RazorpayX over plain HTTP ({@code java.net.http}; razorpay-java has no payouts or contacts client): {@code POST
 * /contacts}, {@code POST /fund_accounts} (a bank account: name, IFSC, number) and {@code POST /payouts} with the
 * header {@code X-Payout-Idempotency}, HTTP basic auth with the key id and secret. The base URL is a setting
 * ({@code COOPBANK_RAZORPAYX_BASE_URL}), so tests point it at a local stub. A payout request that times out or gets a
 * 5xx is sent again, up to three times, with the same body and the same idempotency key: RazorpayX then answers with
 * the payout it already made.
 */
public class RazorpayXGateway implements PayoutGateway {

    public static final String NAME = "razorpayx";
    static final int ATTEMPTS = 3;
    private static final Logger LOG = Logger.getLogger(RazorpayXGateway.class.getName());

    private final String baseUrl;
    private final String authorization;
    private final String accountNumber;
    private final HttpClient http;
    private final Duration timeout;

    public RazorpayXGateway(String baseUrl, String keyId, String keySecret, String accountNumber, Duration timeout) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((keyId + ":" + keySecret)
                .getBytes(StandardCharsets.UTF_8));
        this.accountNumber = accountNumber;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    static RazorpayXGateway fromConfig() {
        String base = PayoutConfig.value(PayoutConfig.BASE_URL);
        return new RazorpayXGateway(base == null ? PayoutConfig.DEFAULT_BASE_URL : base,
                PayoutConfig.required(PayoutConfig.KEY_ID), PayoutConfig.required(PayoutConfig.KEY_SECRET),
                PayoutConfig.required(PayoutConfig.ACCOUNT_NUMBER), Duration.ofSeconds(10));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String createContact(String name, String referenceId) {
        JSONObject body = new JSONObject().put("name", name).put("type", "customer").put("reference_id", referenceId);
        return post("/contacts", body, null).getString("id");
    }

    @Override
    public String createFundAccount(String contactId, String holderName, String ifsc, String accountNumber) {
        JSONObject body = new JSONObject().put("contact_id", contactId).put("account_type", "bank_account")
                .put("bank_account", new JSONObject().put("name", holderName).put("ifsc", ifsc)
                        .put("account_number", accountNumber));
        return post("/fund_accounts", body, null).getString("id");
    }

    @Override
    public Created createPayout(String fundAccountId, long amountPaise, String currency, String mode, String referenceId,
                                String narration, String idempotencyKey) {
        JSONObject body = new JSONObject().put("account_number", accountNumber).put("fund_account_id", fundAccountId)
                .put("amount", amountPaise).put("currency", currency).put("mode", mode).put("purpose", "payout")
                .put("queue_if_low_balance", true).put("reference_id", referenceId).put("narration", narration);
        JSONObject answer = post("/payouts", body, idempotencyKey);
        return new Created(answer.getString("id"), answer.optString("status", "queued"));
    }

    /**
     * One call; with an idempotency key (payouts only) a time-out, a lost connection or a 5xx is retried with the same
     * body and key. Contacts and fund accounts are not retried here: their ids are stored once made, and RazorpayX
     * answers a repeated contact with the existing one.
     */
    private JSONObject post(String path, JSONObject body, String idempotencyKey) {
        String json = body.toString();
        int attempts = idempotencyKey == null ? 1 : ATTEMPTS;
        PayoutGatewayException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                    .header("Authorization", authorization).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            if (idempotencyKey != null) {
                req.header("X-Payout-Idempotency", idempotencyKey);
            }
            try {
                HttpResponse<String> r = http.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() >= 200 && r.statusCode() < 300) {
                    return new JSONObject(r.body());
                }
                last = new PayoutGatewayException("RazorpayX " + path + " answered " + r.statusCode() + ": "
                        + errorOf(r.body()), r.statusCode() >= 500 || r.statusCode() == 429);
                if (!last.retryable()) {
                    throw last;
                }
            } catch (HttpTimeoutException e) {
                last = new PayoutGatewayException("RazorpayX " + path + " timed out", e);
            } catch (IOException e) {
                last = new PayoutGatewayException("RazorpayX " + path + " not reachable: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PayoutGatewayException("Interrupted while calling RazorpayX " + path, e);
            } catch (JSONException e) {
                throw new PayoutGatewayException("RazorpayX " + path + " answered something that is not JSON", false);
            }
            int n = attempt;
            String reason = last.getMessage();
            LOG.warning(() -> "Attempt " + n + " of " + path + ": " + reason);
        }
        throw last;
    }

    /** The error's code and description only (never the request, which holds an account number). */
    private static String errorOf(String body) {
        try {
            JSONObject e = new JSONObject(body).getJSONObject("error");
            return e.optString("code") + " " + e.optString("description");
        } catch (JSONException ex) {
            return "(no error body)";
        }
    }
}
