package org.coopbank.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real razorpay-java SDK ({@link RazorpayGateway}) against a local WireMock stub speaking Razorpay's JSON, by
 * TOOLCHAIN.md's recipe: the SDK's host is fixed ({@code https://api.razorpay.com}, no port), so this JVM resolves it to
 * 127.0.0.1 through {@code -Djdk.net.hosts.file} and trusts the stub's self-signed certificate through
 * {@code -Djavax.net.ssl.trustStore}; both are set only on the surefire execution {@code razorpay-stub} of this module
 * (its own JVM), never on the product. The key pair and the trust store are made here, by the JDK's keytool, before
 * anything in this JVM opens a TLS connection (the default trust store is read on first use). The stub listens on
 * 127.0.0.1:443, which needs root (or CAP_NET_BIND_SERVICE): without it the tests are skipped, saying why.
 */
class RazorpayGatewayStubTest {

    private static final String KEY_ID = "rzp_test_StubKeyId01";
    private static final String KEY_SECRET = "stub-key-secret-" + Long.toHexString(System.nanoTime());
    private static final String PASSWORD = "changeit";

    private static WireMockServer stub;

    private final RazorpayGateway gateway = new RazorpayGateway(KEY_ID, KEY_SECRET, "stub-webhook-secret");

    @BeforeAll
    static void startStub() throws Exception {
        String hostsFile = System.getProperty("jdk.net.hosts.file");
        skipUnless(hostsFile != null && Files.readString(Path.of(hostsFile)).contains("api.razorpay.com"),
                "skipped: run through Maven (surefire execution razorpay-stub), which gives this JVM "
                        + "-Djdk.net.hosts.file with '127.0.0.1 api.razorpay.com' (TOOLCHAIN.md)");
        skipUnless(InetAddress.getByName("api.razorpay.com").isLoopbackAddress(),
                "skipped: api.razorpay.com does not resolve to 127.0.0.1 in this JVM");
        String trustStore = System.getProperty("javax.net.ssl.trustStore");
        skipUnless(trustStore != null, "skipped: no -Djavax.net.ssl.trustStore for the stub's certificate");
        skipUnless(canListenOn443(), "skipped: cannot listen on 127.0.0.1:443 (needs root or CAP_NET_BIND_SERVICE, "
                + "or the port is taken); the SDK's address has no port, so the stub must serve 443 (TOOLCHAIN.md)");

        Path dir = Path.of(trustStore).toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path keyStore = dir.resolve("stub.p12");
        Path cert = dir.resolve("stub.crt");
        Files.deleteIfExists(keyStore);
        Files.deleteIfExists(cert);
        Files.deleteIfExists(Path.of(trustStore));
        keytool("-genkeypair", "-alias", "razorpay", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=api.razorpay.com", "-ext", "SAN=dns:api.razorpay.com", "-keystore", keyStore.toString(),
                "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-alias", "razorpay", "-keystore", keyStore.toString(), "-storetype", "PKCS12",
                "-storepass", PASSWORD, "-rfc", "-file", cert.toString());
        keytool("-importcert", "-noprompt", "-alias", "razorpay-stub", "-file", cert.toString(), "-keystore", trustStore,
                "-storetype", "PKCS12", "-storepass", PASSWORD);

        stub = new WireMockServer(WireMockConfiguration.options().httpDisabled(true).http2TlsDisabled(true)
                .httpsPort(443).bindAddress("127.0.0.1").keystorePath(keyStore.toString()).keystoreType("PKCS12")
                .keystorePassword(PASSWORD).keyManagerPassword(PASSWORD));
        try {
            stub.start();
        } catch (RuntimeException e) {
            stub = null; // another build took 443 between the check and now
            skipUnless(false, "skipped: the stub could not listen on 127.0.0.1:443: " + e.getMessage());
        }
    }

    @AfterAll
    static void stopStub() {
        if (stub != null) {
            stub.stop();
        }
    }

    @BeforeEach
    void resetStub() {
        assumeTrue(stub != null, "skipped: no stub");
        stub.resetAll();
    }

    @Test
    void createOrder_postsReceiptPaiseCurrencyAndNotes_withTheKeyAsBasicAuth_andMapsTheOrder() {
        stub.stubFor(post("/v1/orders").willReturn(okJson("""
                {"id":"order_StubA1b2C3d4E5","entity":"order","amount":123456,"amount_paid":0,"amount_due":123456,
                 "currency":"INR","receipt":"4711","offer_id":null,"status":"created","attempts":0,
                 "notes":{"customer":"42","payable":"LOAN:7"},"created_at":1764115200}""")));
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("customer", "42");
        notes.put("payable", "LOAN:7");

        GatewayOrder order = gateway.createOrder(4711, 123456, "INR", notes);

        assertEquals(new GatewayOrder("order_StubA1b2C3d4E5", 123456, "INR"), order);
        stub.verify(1, postRequestedFor(urlEqualTo("/v1/orders"))
                .withBasicAuth(new BasicCredentials(KEY_ID, KEY_SECRET))
                .withHeader("Content-Type", com.github.tomakehurst.wiremock.client.WireMock.containing("application/json"))
                .withRequestBody(equalToJson("""
                        {"amount":123456,"currency":"INR","receipt":"4711",
                         "notes":{"customer":"42","payable":"LOAN:7"}}""")));
    }

    @Test
    void refund_postsToThePaymentsRefundEndpoint_withPaiseOurRefundIdAsReceiptAndInNotes_andMapsTheRefund() {
        stub.stubFor(post("/v1/payments/pay_StubCaptured01/refund").willReturn(okJson("""
                {"id":"rfnd_StubR1a2B3c4D5","entity":"refund","amount":50000,"currency":"INR",
                 "payment_id":"pay_StubCaptured01","notes":{"payment_id":"1050","refund_id":"2100"},
                 "receipt":"refund-2100","acquirer_data":{"arn":null},"created_at":1764115500,"batch_id":null,
                 "status":"pending","speed_processed":"normal","speed_requested":"normal"}""")));

        GatewayRefund r = gateway.refund("pay_StubCaptured01", 50000, 2100, Map.of("payment_id", "1050"));

        assertEquals(new GatewayRefund("rfnd_StubR1a2B3c4D5", "pay_StubCaptured01", 50000, "pending"), r);
        stub.verify(1, postRequestedFor(urlEqualTo("/v1/payments/pay_StubCaptured01/refund"))
                .withBasicAuth(new BasicCredentials(KEY_ID, KEY_SECRET))
                .withHeader("Content-Type", com.github.tomakehurst.wiremock.client.WireMock.containing("application/json"))
                .withRequestBody(equalToJson("""
                        {"amount":50000,"speed":"normal","receipt":"refund-2100",
                         "notes":{"payment_id":"1050","refund_id":"2100"}}""")));
    }

    @Test
    void findRefund_listsThePaymentsRefunds_andFindsOursByItsNotes_amongOthersWithEmptyNotes() {
        stub.stubFor(get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v1/payments/pay_StubCaptured01/refunds"))
                .willReturn(okJson("""
                        {"entity":"collection","count":2,"items":[
                         {"id":"rfnd_StubDashboard1","entity":"refund","amount":1000,"currency":"INR",
                          "payment_id":"pay_StubCaptured01","notes":[],"receipt":null,"created_at":1764115400,
                          "status":"processed"},
                         {"id":"rfnd_StubR1a2B3c4D5","entity":"refund","amount":50000,"currency":"INR",
                          "payment_id":"pay_StubCaptured01","notes":{"refund_id":"2100"},"receipt":"refund-2100",
                          "created_at":1764115500,"status":"processed"}]}""")));

        assertEquals(java.util.Optional.of(new GatewayRefund("rfnd_StubR1a2B3c4D5", "pay_StubCaptured01", 50000,
                "processed")), gateway.findRefund("pay_StubCaptured01", 2100));
        assertEquals(java.util.Optional.empty(), gateway.findRefund("pay_StubCaptured01", 2150));
        stub.verify(2, getRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(
                "/v1/payments/pay_StubCaptured01/refunds")).withBasicAuth(new BasicCredentials(KEY_ID, KEY_SECRET)));
    }

    @Test
    void refund_refusedByRazorpay_400_isGatewayUnavailable_withoutTheSecret() {
        stub.stubFor(post("/v1/payments/pay_StubCaptured01/refund").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"code":"BAD_REQUEST_ERROR","description":"The refund amount provided is greater than amount captured"}}""")));

        GatewayUnavailableException e = assertThrows(GatewayUnavailableException.class,
                () -> gateway.refund("pay_StubCaptured01", 99999999, 2200, Map.of()));
        assertCustomerSafe(e);
    }

    @Test
    void paymentsOf_getsTheOrdersPayments_andMapsEachAttempt() {
        stub.stubFor(get("/v1/orders/order_StubA1b2C3d4E5/payments").willReturn(okJson("""
                {"entity":"collection","count":2,"items":[
                 {"id":"pay_StubFailed0001","entity":"payment","amount":123456,"currency":"INR","status":"failed",
                  "order_id":"order_StubA1b2C3d4E5","method":"card","captured":false,"error_code":"BAD_REQUEST_ERROR",
                  "created_at":1764115300},
                 {"id":"pay_StubCaptured01","entity":"payment","amount":123456,"currency":"INR","status":"captured",
                  "order_id":"order_StubA1b2C3d4E5","method":"upi","captured":true,"created_at":1764115400}]}""")));

        List<GatewayPayment> attempts = gateway.paymentsOf("order_StubA1b2C3d4E5");

        assertEquals(List.of(
                new GatewayPayment("pay_StubFailed0001", "order_StubA1b2C3d4E5", "failed", 123456, "INR"),
                new GatewayPayment("pay_StubCaptured01", "order_StubA1b2C3d4E5", "captured", 123456, "INR")), attempts);
        stub.verify(1, getRequestedFor(urlEqualTo("/v1/orders/order_StubA1b2C3d4E5/payments"))
                .withBasicAuth(new BasicCredentials(KEY_ID, KEY_SECRET)));
    }

    @Test
    void paymentsOf_anOrderWithoutAttempts_isEmpty() {
        stub.stubFor(get("/v1/orders/order_StubEmpty00001/payments")
                .willReturn(okJson("{\"entity\":\"collection\",\"count\":0,\"items\":[]}")));

        assertEquals(List.of(), gateway.paymentsOf("order_StubEmpty00001"));
    }

    @Test
    void createOrder_refusedByRazorpay_400_isGatewayUnavailable_withoutTheSecret() {
        stub.stubFor(post("/v1/orders").willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("""
                        {"error":{"code":"BAD_REQUEST_ERROR","description":"Order amount less than minimum amount allowed",
                         "source":"business","step":"payment_initiation","reason":"input_validation_failed","field":"amount"}}""")));

        GatewayUnavailableException e = assertThrows(GatewayUnavailableException.class,
                () -> gateway.createOrder(4712, 50, "INR", Map.of("customer", "42")));
        assertCustomerSafe(e);
    }

    @Test
    void createOrder_badCredentials_401_isGatewayUnavailable() {
        stub.stubFor(post("/v1/orders").willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"BAD_REQUEST_ERROR\",\"description\":\"Authentication failed\"}}")));

        assertCustomerSafe(assertThrows(GatewayUnavailableException.class,
                () -> gateway.createOrder(4713, 10000, "INR", Map.of())));
    }

    @Test
    void createOrder_serverError_500_isGatewayUnavailable() {
        stub.stubFor(post("/v1/orders").willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"SERVER_ERROR\",\"description\":\"The server encountered an error\"}}")));

        assertCustomerSafe(assertThrows(GatewayUnavailableException.class,
                () -> gateway.createOrder(4714, 10000, "INR", Map.of())));
    }

    @Test
    void paymentsOf_serverError_500_isGatewayUnavailable() {
        stub.stubFor(get("/v1/orders/order_StubDown000001/payments").willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"SERVER_ERROR\",\"description\":\"The server encountered an error\"}}")));

        assertCustomerSafe(assertThrows(GatewayUnavailableException.class, () -> gateway.paymentsOf("order_StubDown000001")));
    }

    @Test
    void aProxysHtmlErrorPage_502_isGatewayUnavailable_notAJsonParseError() {
        String html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        stub.stubFor(get("/v1/orders/order_StubHtml000001/payments").willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html").withBody(html)));
        stub.stubFor(post("/v1/orders").willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                .withBody(html)));

        assertCustomerSafe(assertThrows(GatewayUnavailableException.class, () -> gateway.paymentsOf("order_StubHtml000001")));
        assertCustomerSafe(assertThrows(GatewayUnavailableException.class,
                () -> gateway.createOrder(4715, 10000, "INR", Map.of())));
    }

    @Test
    void anOrderForAnotherAmount_isStillMappedAsRazorpaySentIt() {
        // PaymentService compares the order's amount with ours and refuses a mismatch; the mapping must not hide it
        stub.stubFor(post("/v1/orders").willReturn(okJson("""
                {"id":"order_StubOther00001","entity":"order","amount":100,"currency":"INR","receipt":"4716",
                 "status":"created","notes":[],"created_at":1764115200}""")));

        assertEquals(new GatewayOrder("order_StubOther00001", 100, "INR"),
                gateway.createOrder(4716, 123456, "INR", Map.of()));
        stub.verify(postRequestedFor(urlEqualTo("/v1/orders")).withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.receipt", equalTo("4716"))));
    }

    @Test
    void settlements_getsEveryPageWithFromToCountSkip_andMapsPaiseToRupees_feesIncludingTax() {
        StringBuilder first = new StringBuilder("{\"entity\":\"collection\",\"count\":100,\"items\":[");
        first.append("""
                {"id":"setl_DGlQ1Rj8os78Ec","entity":"settlement","amount":9973635,"status":"processed","fees":471699,
                 "tax":71954,"utr":"1568176960vxp0rj","created_at":1568176960}""");
        for (int i = 1; i < 100; i++) {
            first.append(",{\"id\":\"setl_StubPage1n").append(String.format("%04d", i)).append("\",\"entity\":\"settlement\",")
                    .append("\"amount\":50000,\"status\":\"processed\",\"fees\":0,\"tax\":0,\"utr\":\"RZRP").append(i)
                    .append("\",\"created_at\":1764115200}");
        }
        first.append("]}");
        stub.stubFor(get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v1/settlements"))
                .withQueryParam("skip", equalTo("0")).willReturn(okJson(first.toString())));
        stub.stubFor(get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v1/settlements"))
                .withQueryParam("skip", equalTo("100")).willReturn(okJson("""
                        {"entity":"collection","count":1,"items":[
                         {"id":"setl_4xbSwsPABDJ8oK","entity":"settlement","amount":50000,"status":"created","fees":1180,
                          "tax":180,"utr":null,"created_at":1509622306}]}""")));

        List<GatewaySettlementReport> all = gateway.settlements(java.time.Instant.ofEpochSecond(1764028800),
                java.time.Instant.ofEpochSecond(1764115199));

        assertEquals(101, all.size());
        GatewaySettlementReport s = all.get(0);
        assertEquals("setl_DGlQ1Rj8os78Ec", s.id());
        assertEquals(org.coopbank.shared.Money.of("99736.35"), s.net(), "amount: what reached the bank");
        assertEquals(org.coopbank.shared.Money.of("3997.45"), s.fees(), "fees 4716.99 include the tax 719.54");
        assertEquals(org.coopbank.shared.Money.of("719.54"), s.tax());
        assertEquals(org.coopbank.shared.Money.of("104453.34"), s.gross(), "amount + fees");
        assertEquals("1568176960vxp0rj", s.utr());
        assertEquals(java.time.Instant.ofEpochSecond(1568176960), s.createdAt());
        assertEquals(true, s.processed());
        assertEquals(null, s.problem());
        GatewaySettlementReport last = all.get(100);
        assertEquals("setl_4xbSwsPABDJ8oK", last.id());
        assertEquals(null, last.utr(), "a JSON null, not the text \"null\"");
        assertFalse(last.processed());
        for (String skip : List.of("0", "100")) {
            stub.verify(1, getRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v1/settlements"))
                    .withQueryParam("from", equalTo("1764028800")).withQueryParam("to", equalTo("1764115199"))
                    .withQueryParam("count", equalTo("100")).withQueryParam("skip", equalTo(skip))
                    .withBasicAuth(new BasicCredentials(KEY_ID, KEY_SECRET)));
        }
    }

    @Test
    void settlements_taxAboveTheFee_isMappedAsAProblem_notRepaired() {
        stub.stubFor(get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v1/settlements")).willReturn(okJson("""
                {"entity":"collection","count":1,"items":[
                 {"id":"setl_StubOdd000001","entity":"settlement","amount":10000,"status":"processed","fees":100,
                  "tax":180,"utr":"UTRODD1","created_at":1764115200}]}""")));

        GatewaySettlementReport s = gateway.settlements(java.time.Instant.ofEpochSecond(1764028800),
                java.time.Instant.ofEpochSecond(1764115199)).get(0);

        assertEquals(org.coopbank.shared.Money.of("-0.80"), s.fees());
        assertTrue(s.problem().contains("negative"), s.problem());
    }

    @Test
    void settlements_serverError_500_isGatewayUnavailable() {
        stub.stubFor(get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v1/settlements"))
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"code\":\"SERVER_ERROR\",\"description\":\"The server encountered an error\"}}")));

        assertCustomerSafe(assertThrows(GatewayUnavailableException.class, () -> gateway.settlements(
                java.time.Instant.ofEpochSecond(1764028800), java.time.Instant.ofEpochSecond(1764115199))));
    }

    private static void assertCustomerSafe(GatewayUnavailableException e) {
        assertEquals("gateway-unavailable", e.code());
        assertFalse(e.getMessage().contains(KEY_SECRET), "the key secret must never reach a message");
        assertFalse(e.getMessage().contains("<html"), "the gateway's raw answer must not reach the customer");
    }

    /** Skips the whole class, saying why on the console too (surefire shows a class skipped in @BeforeAll as 0 tests). */
    private static void skipUnless(boolean condition, String reason) {
        if (!condition) {
            System.err.println("RazorpayGatewayStubTest " + reason);
        }
        assumeTrue(condition, reason);
    }

    private static boolean canListenOn443() {
        try (ServerSocket s = new ServerSocket(443, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("keytool " + args[0] + " failed: " + out);
        }
    }
}
