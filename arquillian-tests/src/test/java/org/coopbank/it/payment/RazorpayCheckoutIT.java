package org.coopbank.it.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.coopbank.it.Browser;
import org.coopbank.it.Deployments;
import org.coopbank.it.payment.PaymentApi.Customer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The checkout page with Razorpay as the gateway (switched on for each test through the test server's switch, with
 * random keys set as the server's configuration: {@link RazorpaySwitchServlet}), over HTTP as a browser sees it: "Pay
 * EMI" is offered and opens the checkout page, which loads Checkout.js with the key id, the order id and the amount
 * under a policy that lets it (that page only); Razorpay's success callback, posted through the page's form, is
 * accepted when signed like Razorpay (HMAC-SHA256 of order_id|payment_id with the key secret) and settles once, and
 * refused with a clear message and nothing changed when not; the API's verify behaves the same.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RazorpayCheckoutIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(PaymentFixtureServlet.class, RazorpaySwitchServlet.class,
                RazorpaySwitchServlet.OfflineOrders.class);
    }

    @ArquillianResource
    URL testWar;

    private PaymentApi api;
    private String base;
    private String keyId;
    private String keySecret;

    @BeforeEach
    void razorpayOn() throws Exception {
        base = "http://" + testWar.getHost() + ":" + testWar.getPort();
        api = new PaymentApi(base);
        String[] on = switchGateway("on").split(" ");
        assertEquals("razorpay", on[0]);
        keyId = on[1];
        keySecret = on[2];
    }

    @AfterEach
    void razorpayOff() throws Exception {
        assertEquals("simulated", switchGateway("off"), "the test server is back on the simulated gateway");
    }

    private String switchGateway(String what) throws Exception {
        HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base + "/bank-tests/fixtures/razorpay?do=" + what))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), what + ": " + r.body());
        return r.body().trim();
    }

    @Test
    void checkoutPage_loadsCheckoutJs_withKeyOrderAndAmount_underAPolicyAllowingRazorpay_onThatPageOnly() throws Exception {
        Customer c = api.customer();
        Browser b = signedIn(c);
        long id = startOnLoanPage(b, c);
        HttpResponse<String> page = b.get("/portal/checkout?payment=" + id);
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("<script src=\"https://checkout.razorpay.com/v1/checkout.js\"></script>"), html);
        assertTrue(html.contains("razorpay-checkout.js"), "our script that opens Checkout");
        assertTrue(html.contains("data-key=\"" + keyId + "\""), "the key id");
        String order = attribute(html, "data-order");
        assertTrue(order.matches("order_IT[0-9a-f]{12}"), order);
        assertTrue(html.contains("data-amount=\"" + paiseOf(c, id) + "\""), "the amount in paise");
        assertTrue(html.contains("data-currency=\"INR\""));
        assertTrue(attribute(html, "data-description").startsWith("EMI · Loan "), "what is paid");
        assertTrue(html.contains("data-prefill-contact=\"" + c.mobile() + "\""), "the customer's own mobile for Checkout");
        assertTrue(html.contains("id=\"rzp-pay\""), "the pay button");
        assertFalse(html.contains("SIMULATED PAYMENT GATEWAY"), "not the simulated page");
        assertFalse(html.contains(keySecret), "never the key secret");

        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self' 'unsafe-inline' https://checkout.razorpay.com;"), csp);
        assertTrue(csp.contains("frame-src https://api.razorpay.com https://checkout.razorpay.com;"), csp);
        assertTrue(csp.contains("connect-src 'self' https://api.razorpay.com https://lumberjack.razorpay.com;"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"), csp);
        String elsewhere = b.get("/portal/payments").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertFalse(elsewhere.contains("razorpay"), "other pages keep the strict policy: " + elsewhere);
        assertEquals("INITIATED", api.status(c, id));
        settle(c, id, order); // leaves nothing INITIATED for the reconciler's tests
    }

    @Test
    void razorpaysSuccessCallback_signedWithTheKeySecret_settlesOnce_andShowsThePayment() throws Exception {
        Customer c = api.customer();
        Browser b = signedIn(c);
        long id = startOnLoanPage(b, c);
        HttpResponse<String> page = b.get("/portal/checkout?payment=" + id);
        String order = attribute(page.body(), "data-order");
        String payment = "pay_IT" + Long.toHexString(System.nanoTime());

        String to = location(confirm(b, page, order, payment, sign(order + "|" + payment)));
        assertEquals("/portal/checkout?payment=" + id, to);
        assertEquals("PAID", api.status(c, id));
        assertEquals(1, api.repayments(c));
        HttpResponse<String> after = b.get(to);
        assertTrue(after.body().contains("Payment received and confirmed"), after.body());
        assertTrue(after.body().contains("id=\"checkout-status\">Paid<"), "the payment's status");
        assertFalse(after.body().contains("id=\"rzp-pay\""), "nothing more to pay");
        api.assertBooksSound();
    }

    @Test
    void aBadSignature_isRefusedWithAClearMessage_andChangesNothing_onThePageAndTheApi() throws Exception {
        Customer c = api.customer();
        Browser b = signedIn(c);
        long id = startOnLoanPage(b, c);
        HttpResponse<String> page = b.get("/portal/checkout?payment=" + id);
        String order = attribute(page.body(), "data-order");
        String payment = "pay_IT" + Long.toHexString(System.nanoTime());

        HttpResponse<String> refused = confirm(b, page, order, payment, sign(order + "|pay_ITsomethingElse"));
        assertEquals(200, refused.statusCode(), "the page again, not a redirect");
        assertTrue(refused.body().contains("We could not confirm this payment"), refused.body());
        assertTrue(refused.body().contains("nothing was changed"));
        HttpResponse<String> forged = confirm(b, page, order, payment, "0".repeat(64));
        assertTrue(forged.body().contains("We could not confirm this payment"));
        assertEquals("INITIATED", api.status(c, id), "nothing changed");
        assertEquals(0, api.repayments(c));

        HttpResponse<String> apiRefused = api.post("/api/portal/payments/verify", c.token(), verifyJson(order, payment,
                sign(order + "|" + payment).replace('a', 'b').replace('0', '1')));
        assertEquals(400, apiRefused.statusCode(), apiRefused.body());
        assertTrue(PaymentApi.contentType(apiRefused).startsWith("application/problem+json"), apiRefused.body());
        assertTrue(apiRefused.body().contains("signature"), apiRefused.body());
        assertEquals("INITIATED", api.status(c, id));
        api.assertBooksSound();

        HttpResponse<String> apiOk = api.post("/api/portal/payments/verify", c.token(),
                verifyJson(order, payment, sign(order + "|" + payment)));
        assertEquals(200, apiOk.statusCode(), apiOk.body());
        assertEquals("PAID", PaymentApi.map(apiOk).get("status"));
        assertEquals(1, api.repayments(c));
        api.assertBooksSound();
    }

    @Test
    void aConfirmationForAnotherOrder_isRefused_onThisPaymentsPage() throws Exception {
        Customer c = api.customer();
        Browser b = signedIn(c);
        long id = startOnLoanPage(b, c);
        HttpResponse<String> page = b.get("/portal/checkout?payment=" + id);
        String order = attribute(page.body(), "data-order");
        String other = "order_ITffffffffffff";
        String payment = "pay_IT" + Long.toHexString(System.nanoTime());

        HttpResponse<String> refused = confirm(b, page, other, payment, sign(other + "|" + payment));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("This confirmation is for a different payment"), refused.body());
        assertEquals("INITIATED", api.status(c, id));
        settle(c, id, order);
    }

    // --- helpers

    private void settle(Customer c, long id, String order) throws Exception {
        String payment = "pay_IT" + Long.toHexString(System.nanoTime());
        HttpResponse<String> r = api.post("/api/portal/payments/verify", c.token(),
                verifyJson(order, payment, sign(order + "|" + payment)));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("PAID", api.status(c, id));
    }

    private static String verifyJson(String order, String payment, String signature) {
        return "{\"razorpayOrderId\":\"" + order + "\",\"razorpayPaymentId\":\"" + payment
                + "\",\"razorpaySignature\":\"" + signature + "\"}";
    }

    private long paiseOf(Customer c, long id) throws Exception {
        HttpResponse<String> r = api.get("/api/portal/payments/" + id, c.token());
        assertEquals(200, r.statusCode(), r.body());
        return new java.math.BigDecimal(String.valueOf(PaymentApi.map(r).get("amount"))).movePointRight(2).longValueExact();
    }

    private String sign(String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(keySecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    }

    private static String attribute(String html, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), name + " on the page");
        return m.group(1).replace("&amp;", "&");
    }

    private Browser signedIn(Customer c) throws Exception {
        Browser b = new Browser(base);
        assertTrue(b.login("/portal/dashboard", "/portal/login", c.mobile(), PaymentFixtureServlet.PASSWORD));
        return b;
    }

    private long startOnLoanPage(Browser b, Customer c) throws Exception {
        HttpResponse<String> loan = b.get("/portal/loans/" + c.loanId());
        assertEquals(200, loan.statusCode());
        assertTrue(loan.body().contains("id=\"pay-emi\""), "Pay EMI is offered with Razorpay");
        String to = location(submit(b, loan, "payemi", Map.of("payemi:choice", "NEXT", "payemi:payamount", "",
                "payemi:pay", "Pay online")));
        assertTrue(to.startsWith("/portal/checkout?payment="), to);
        return Long.parseLong(to.substring(to.indexOf('=') + 1));
    }

    /** What razorpay-checkout.js does on Razorpay's success callback: fills the page's form and submits it. */
    private static HttpResponse<String> confirm(Browser b, HttpResponse<String> page, String order, String payment,
                                                String signature) throws Exception {
        return submit(b, page, "rzp", Map.of("rzp:orderId", order, "rzp:paymentId", payment, "rzp:signature", signature,
                "rzp:confirm", "Confirm the payment"));
    }

    private static HttpResponse<String> submit(Browser b, HttpResponse<String> page, String formId, Map<String, String> fields)
            throws Exception {
        Matcher form = Pattern.compile("<form id=\"" + formId + "\"[^>]*action=\"([^\"]+)\"").matcher(page.body());
        assertTrue(form.find(), "form " + formId + " on the page");
        Matcher vs = VIEW_STATE.matcher(page.body());
        assertTrue(vs.find(), "a view state");
        Map<String, String> all = new LinkedHashMap<>();
        all.put(formId, formId);
        all.putAll(fields);
        all.put("jakarta.faces.ViewState", vs.group(1).replace("&#58;", ":"));
        return b.post(form.group(1).replace("&amp;", "&"), all);
    }

    private static String location(HttpResponse<String> r) {
        assertTrue(r.statusCode() == 302 || r.statusCode() == 303, r.statusCode() + ": " + r.body());
        return r.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }
}
