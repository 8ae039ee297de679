package org.coopbank.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The RazorpayX client against a local stub speaking RazorpayX's JSON (a JDK HttpServer in this JVM): contacts, fund
 * accounts and payouts with basic auth and the idempotency header; a payout retried after a time-out carries the same
 * key and body; a 4xx is not retried.
 */
class RazorpayXGatewayTest {

    record Call(String path, String authorization, String idempotencyKey, JSONObject body) {
    }

    private HttpServer server;
    private ExecutorService threads;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger payoutCalls = new AtomicInteger();
    private volatile long firstPayoutDelayMillis;
    private volatile int payoutStatus = 200;
    private RazorpayXGateway gateway;

    @BeforeEach
    void stub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        threads = Executors.newCachedThreadPool();
        server.setExecutor(threads);
        server.createContext("/v1/contacts", ex -> answer(record(ex), 200, new JSONObject().put("id", "cont_00000000000001")
                .put("entity", "contact").put("type", "customer")));
        server.createContext("/v1/fund_accounts", ex -> answer(record(ex), 200, new JSONObject().put("id", "fa_00000000000001")
                .put("entity", "fund_account").put("account_type", "bank_account")));
        server.createContext("/v1/payouts", ex -> {
            record(ex);
            int n = payoutCalls.incrementAndGet();
            if (n == 1 && firstPayoutDelayMillis > 0) {
                sleep(firstPayoutDelayMillis); // the client has given up by now; the stub still made the payout
            }
            if (payoutStatus != 200) {
                answer(ex, payoutStatus, new JSONObject().put("error", new JSONObject().put("code", "BAD_REQUEST_ERROR")
                        .put("description", "Invalid IFSC Code in Bank Account")));
                return;
            }
            answer(ex, 200, new JSONObject().put("id", "pout_00000000000001").put("entity", "payout")
                    .put("fund_account_id", "fa_00000000000001").put("amount", 1234550).put("currency", "INR")
                    .put("status", "processing").put("mode", "IMPS").put("purpose", "payout").put("reference_id", "4242"));
        });
        server.start();
        gateway = new RazorpayXGateway("http://127.0.0.1:" + server.getAddress().getPort() + "/v1", "rzp_test_key",
                "test_secret", "7878780080316316", Duration.ofMillis(700));
    }

    @AfterEach
    void stop() {
        server.stop(0);
        threads.shutdownNow();
    }

    @Test
    void contactFundAccountAndPayout_sendRazorpayXShapes_withBasicAuthAndTheIdempotencyHeader() {
        String contact = gateway.createContact("Asha Patil", "customer-42");
        String fa = gateway.createFundAccount(contact, "Asha Patil", "HDFC0001234", "123456789012");
        PayoutGateway.Created p = gateway.createPayout(fa, 1234550, "INR", "IMPS", "4242", "Coop Bank FD maturity", "fd-7-20261126");

        assertEquals("cont_00000000000001", contact);
        assertEquals("fa_00000000000001", fa);
        assertEquals(new PayoutGateway.Created("pout_00000000000001", "processing"), p);
        assertEquals(3, calls.size());
        String basic = "Basic " + Base64.getEncoder().encodeToString("rzp_test_key:test_secret".getBytes(StandardCharsets.UTF_8));
        calls.forEach(c -> assertEquals(basic, c.authorization(), c.path()));

        Call c = calls.get(0);
        assertEquals("/v1/contacts", c.path());
        assertEquals("Asha Patil", c.body().getString("name"));
        assertEquals("customer", c.body().getString("type"));
        assertEquals("customer-42", c.body().getString("reference_id"));
        assertNull(c.idempotencyKey());

        Call f = calls.get(1);
        assertEquals("/v1/fund_accounts", f.path());
        assertEquals("cont_00000000000001", f.body().getString("contact_id"));
        assertEquals("bank_account", f.body().getString("account_type"));
        JSONObject bank = f.body().getJSONObject("bank_account");
        assertEquals("Asha Patil", bank.getString("name"));
        assertEquals("HDFC0001234", bank.getString("ifsc"));
        assertEquals("123456789012", bank.getString("account_number"));

        Call po = calls.get(2);
        assertEquals("/v1/payouts", po.path());
        assertEquals("fd-7-20261126", po.idempotencyKey());
        assertEquals("7878780080316316", po.body().getString("account_number"), "the bank's RazorpayX account");
        assertEquals("fa_00000000000001", po.body().getString("fund_account_id"));
        assertEquals(1234550L, po.body().getLong("amount"), "integer paise");
        assertEquals("INR", po.body().getString("currency"));
        assertEquals("IMPS", po.body().getString("mode"));
        assertEquals("payout", po.body().getString("purpose"));
        assertEquals("4242", po.body().getString("reference_id"));
    }

    @Test
    void aPayoutThatTimesOut_isAskedAgain_withTheSameIdempotencyKeyAndBody() {
        firstPayoutDelayMillis = 2000;
        PayoutGateway.Created p = gateway.createPayout("fa_00000000000001", 1234550, "INR", "NEFT", "4242",
                "Coop Bank FD maturity", "fd-7-20261126");

        assertEquals("pout_00000000000001", p.id());
        List<Call> payouts = calls.stream().filter(c -> c.path().equals("/v1/payouts")).toList();
        assertTrue(payouts.size() >= 2, "retried after the time-out: " + payouts.size());
        payouts.forEach(c -> assertEquals("fd-7-20261126", c.idempotencyKey()));
        payouts.forEach(c -> assertEquals(payouts.get(0).body().toString(), c.body().toString(), "the same body"));
    }

    @Test
    void aRefusal_isNotRetried_andSaysWhy_withoutTheAccountNumber() {
        payoutStatus = 400;
        PayoutGatewayException e = assertThrows(PayoutGatewayException.class, () -> gateway.createPayout(
                "fa_00000000000001", 100, "INR", "IMPS", "1", "x", "key-1"));
        assertFalse(e.retryable());
        assertTrue(e.getMessage().contains("Invalid IFSC"), e.getMessage());
        assertFalse(e.getMessage().contains("7878780080316316"), e.getMessage());
        assertEquals(1, payoutCalls.get());
    }

    @Test
    void anUnreachableGateway_isRetryable() {
        server.stop(0);
        PayoutGatewayException e = assertThrows(PayoutGatewayException.class, () -> gateway.createPayout(
                "fa_00000000000001", 100, "INR", "IMPS", "1", "x", "key-2"));
        assertTrue(e.retryable(), e.getMessage());
    }

    private HttpExchange record(HttpExchange ex) throws IOException {
        String raw = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        calls.add(new Call(ex.getRequestURI().getPath(), ex.getRequestHeaders().getFirst("Authorization"),
                ex.getRequestHeaders().getFirst("X-Payout-Idempotency"), new JSONObject(raw)));
        return ex;
    }

    private void answer(HttpExchange ex, int status, JSONObject body) throws IOException {
        byte[] out = body.toString().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        try {
            ex.sendResponseHeaders(status, out.length);
            ex.getResponseBody().write(out);
        } catch (IOException gone) {
            // the client timed out and closed the connection
        } finally {
            ex.close();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
