package org.coopbank.it.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openqa.selenium.json.Json;

/**
 * The payment API as the portal's browser uses it, the gateway's webhook deliveries, and the test WAR's payment
 * fixture. Waits for the webhook consumer by polling with a deadline, never by a fixed sleep.
 */
final class PaymentApi {

    static final Json JSON = new Json();
    static final long WAIT_MS = 30_000;

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** A customer made by the fixture. */
    record Customer(String mobile, long id, long accountId, long loanId, String accountNumber, String token) {
    }

    /** A signed webhook delivery. */
    record Delivery(String eventId, String body, String signature) {
    }

    PaymentApi(String base) {
        this.base = base;
    }

    Customer customer() throws Exception {
        String[] f = fixture("customer").split(" ");
        HttpResponse<String> login = post("/api/portal/auth/login", null,
                "{\"mobile\":\"" + f[0] + "\",\"password\":\"" + PaymentFixtureServlet.PASSWORD + "\"}");
        assertEquals(200, login.statusCode(), login.body());
        return new Customer(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), f[4],
                (String) map(login).get("token"));
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        return send("GET", path, token, null);
    }

    HttpResponse<String> post(String path, String token, String json) throws Exception {
        return send("POST", path, token, json);
    }

    private HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Starts a payment; fails unless 201. */
    Map<String, Object> start(Customer c, String json) throws Exception {
        HttpResponse<String> r = post("/api/portal/payments", c.token(), json);
        assertEquals(201, r.statusCode(), r.body());
        return map(r);
    }

    /** A payment paid at the gateway and posted: our id, the gateway's payment id, paise. */
    record Paid(long id, String gatewayPaymentId, long paise) {
    }

    /**
     * A deposit to {@code accountId} paid online: captured at the (simulated) gateway and settled by the reconciler, so
     * posted once (1200 to the account).
     */
    Paid paidDeposit(Customer c, long accountId, String amount) throws Exception {
        Map<String, Object> checkout = start(c, "{\"type\":\"DEPOSIT\",\"accountId\":" + accountId
                + ",\"amount\":\"" + amount + "\"}");
        String gatewayPaymentId = fixture("new-payment-id");
        fixture("gateway-attempt", "order", order(checkout), "payment", gatewayPaymentId,
                "status", "captured", "paise", String.valueOf(paise(checkout)));
        assertEquals("SETTLED", fixture("reconcile", "id", String.valueOf(id(checkout))));
        return new Paid(id(checkout), gatewayPaymentId, paise(checkout));
    }

    Map<String, Object> startEmi(Customer c, String choice, String amount) throws Exception {
        return start(c, "{\"type\":\"EMI\",\"loanId\":" + c.loanId() + ",\"choice\":\"" + choice + "\""
                + (amount == null ? "" : ",\"amount\":\"" + amount + "\"") + "}");
    }

    /** A webhook signed by the server's simulated gateway. */
    Delivery signed(String event, String orderId, String paymentId, long paise, String currency) throws Exception {
        Map<String, Object> w = JSON.toType(fixture("webhook", "event", event, "order", orderId, "payment", paymentId,
                "paise", String.valueOf(paise), "currency", currency), Json.MAP_TYPE);
        return new Delivery((String) w.get("eventId"), (String) w.get("body"), (String) w.get("signature"));
    }

    HttpResponse<String> deliver(Delivery d) throws Exception {
        return deliver(d.body(), d.signature(), d.eventId());
    }

    HttpResponse<String> deliver(String body, String signature, String eventId) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/api/webhooks/razorpay"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (signature != null) {
            b.header("X-Razorpay-Signature", signature);
        }
        if (eventId != null) {
            b.header("X-Razorpay-Event-Id", eventId);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Delivers and expects 200. */
    void deliverOk(Delivery d) throws Exception {
        HttpResponse<String> r = deliver(d);
        assertEquals(200, r.statusCode(), r.body());
    }

    String status(Customer c, long paymentId) throws Exception {
        return fixture("payment", "customer", String.valueOf(c.id()), "id", String.valueOf(paymentId)).split(" ")[0];
    }

    /** Polls the payment's status until it is {@code expected}. */
    void awaitStatus(Customer c, long paymentId, String expected) throws Exception {
        await("payment " + paymentId + " " + expected, () -> status(c, paymentId), expected::equals);
    }

    /** Polls until the webhook event is applied; returns its outcome. */
    String awaitOutcome(String eventId) throws Exception {
        return await("event " + eventId + " applied", () -> fixture("event", "id", eventId),
                s -> !s.equals("PENDING") && !s.equals("NONE"));
    }

    interface Probe {
        String read() throws Exception;
    }

    static String await(String what, Probe probe, Predicate<String> done) throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_MS;
        String last = probe.read();
        while (!done.test(last)) {
            if (System.currentTimeMillis() > deadline) {
                fail("timed out waiting for " + what + "; last seen: " + last);
            }
            Thread.sleep(100);
            last = probe.read();
        }
        return last;
    }

    int repayments(Customer c) throws Exception {
        return Integer.parseInt(fixture("repayments", "loan", String.valueOf(c.loanId())));
    }

    void assertBooksSound() throws Exception {
        assertEquals("sound", fixture("books"));
    }

    String fixture(String action, String... params) throws Exception {
        StringBuilder q = new StringBuilder("do=").append(action);
        for (int i = 0; i + 1 < params.length; i += 2) {
            q.append('&').append(params[i]).append('=').append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/bank-tests/fixtures/payment?" + q))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), action + ": " + r.body());
        return r.body().trim();
    }

    static Map<String, Object> map(HttpResponse<String> r) {
        return JSON.toType(r.body(), Json.MAP_TYPE);
    }

    static List<Map<String, Object>> list(HttpResponse<String> r) {
        return JSON.toType(r.body(), Json.LIST_OF_MAPS_TYPE);
    }

    static long id(Map<String, Object> checkout) {
        return ((Number) checkout.get("paymentId")).longValue();
    }

    static long paise(Map<String, Object> checkout) {
        return ((Number) checkout.get("amountPaise")).longValue();
    }

    static String order(Map<String, Object> checkout) {
        return (String) checkout.get("orderId");
    }

    static String contentType(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("").split(";")[0];
    }
}
