package org.coopbank.it.payment;

import static org.coopbank.it.payment.FacesForms.location;
import static org.coopbank.it.payment.FacesForms.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.coopbank.it.Browser;
import org.coopbank.it.Deployments;
import org.coopbank.it.payment.PaymentApi.Customer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Open FD" ({@code /portal/fd-open}) and "Deposit money" ({@code /portal/account-deposit}) over HTTP, as a browser
 * submits them: the maturity preview from the rate card, the simulated checkout settling the payment once (the FD
 * opened, the account credited), refusals of bad input shown on the page with nothing written, and another customer's
 * account never offered nor accepted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FdAndDepositPagesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(PaymentFixtureServlet.class);
    }

    @ArquillianResource
    URL testWar;

    private PaymentApi api;
    private String base;

    @BeforeEach
    void client() {
        base = "http://" + testWar.getHost() + ":" + testWar.getPort();
        api = new PaymentApi(base);
    }

    private Browser signedIn(Customer c) throws Exception {
        Browser b = new Browser(base);
        assertTrue(b.login("/portal/dashboard", "/portal/login", c.mobile(), PaymentFixtureServlet.PASSWORD));
        return b;
    }

    private int payments(Customer c) throws Exception {
        return PaymentApi.list(api.get("/api/portal/payments", c.token())).size();
    }

    private static String masked(Customer c) {
        return "XXXX" + c.accountNumber().substring(c.accountNumber().length() - 4);
    }

    @Test
    void openFd_previewsTheMaturity_thenPaysOnTheSimulatedCheckout_andOpensTheFdOnce() throws Exception {
        Customer c = api.customer();
        Browser b = signedIn(c);
        assertTrue(b.get("/portal/fd").body().contains("/portal/fd-open"), "linked from the FD page");
        HttpResponse<String> page = b.get("/portal/fd-open");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(masked(c)), "the account, masked");
        assertFalse(page.body().contains(c.accountNumber()), "never the full number");
        Map<String, String> fields = Map.of("fdopen:fdamount", "100000", "fdopen:tenure", "12",
                "fdopen:fdaccount", String.valueOf(c.accountId()));
        HttpResponse<String> preview = submit(b, page, "fdopen", with(fields, "fdopen:preview", "Show maturity"));
        assertEquals(200, preview.statusCode());
        assertTrue(preview.body().contains("id=\"preview-maturity-amount\">₹1,"), preview.body());
        assertTrue(preview.body().contains("id=\"preview-principal\">₹1,00,000.00<"), "Indian grouping");
        assertEquals(0, payments(c), "a preview writes nothing");

        String to = location(submit(b, preview, "fdopen", with(fields, "fdopen:pay", "Pay and open")));
        assertTrue(to.startsWith("/portal/checkout?payment="), to);
        long id = Long.parseLong(to.substring(to.indexOf('=') + 1));
        String balanceBefore = api.fixture("balance", "account", String.valueOf(c.accountId()));
        HttpResponse<String> checkout = b.get(to);
        assertTrue(checkout.body().contains("New fixed deposit"), "the checkout says what is paid");
        assertEquals("/portal/payments", location(submit(b, checkout, "checkout",
                Map.of("checkout:succeed", "Simulate a successful payment"))));
        assertEquals("PAID", api.status(c, id));
        assertEquals("1", api.fixture("fds", "customer", String.valueOf(c.id())));
        PaymentApi.await("the webhook that followed, applied", () -> api.fixture("fds", "customer", String.valueOf(c.id())),
                "1"::equals);
        assertEquals(balanceBefore, api.fixture("balance", "account", String.valueOf(c.accountId())),
                "paid online, not from the account");
        assertTrue(b.get("/portal/fd").body().contains("₹1,00,000.00"), "the new FD listed");
        api.assertBooksSound();
    }

    @Test
    void openFd_refusesBadInput_onThePage_andWritesNothing() throws Exception {
        Customer c = api.customer();
        Browser b = signedIn(c);
        HttpResponse<String> page = b.get("/portal/fd-open");
        HttpResponse<String> r = submit(b, page, "fdopen", Map.of("fdopen:fdamount", "ten thousand", "fdopen:tenure", "12",
                "fdopen:fdaccount", String.valueOf(c.accountId()), "fdopen:pay", "Pay and open"));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Amount: enter an amount in rupees"), r.body());
        r = submit(b, r, "fdopen", Map.of("fdopen:fdamount", "500", "fdopen:tenure", "12",
                "fdopen:fdaccount", String.valueOf(c.accountId()), "fdopen:pay", "Pay and open"));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Amount: must be at least"), r.body());
        r = submit(b, r, "fdopen", Map.of("fdopen:fdamount", "50000", "fdopen:tenure", "",
                "fdopen:fdaccount", String.valueOf(c.accountId()), "fdopen:pay", "Pay and open"));
        assertTrue(r.body().contains("Tenure: please fill this in"), r.body());
        assertEquals(0, payments(c));
        assertEquals("0", api.fixture("fds", "customer", String.valueOf(c.id())));
    }

    @Test
    void depositMoney_toAnOwnAccount_creditsItOnce() throws Exception {
        Customer c = api.customer();
        Browser b = signedIn(c);
        assertTrue(b.get("/portal/accounts").body().contains("/portal/account-deposit"), "linked from the accounts page");
        String before = api.fixture("balance", "account", String.valueOf(c.accountId()));
        HttpResponse<String> page = b.get("/portal/account-deposit?account=" + c.accountId());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(masked(c)));
        assertFalse(page.body().contains(c.accountNumber()));
        String to = location(submit(b, page, "depositmoney", Map.of("depositmoney:toaccount", String.valueOf(c.accountId()),
                "depositmoney:depamount", "2500.50", "depositmoney:pay", "Pay online")));
        assertTrue(to.startsWith("/portal/checkout?payment="), to);
        long id = Long.parseLong(to.substring(to.indexOf('=') + 1));
        HttpResponse<String> checkout = b.get(to);
        assertTrue(checkout.body().contains("₹2,500.50"));
        submit(b, checkout, "checkout", Map.of("checkout:succeed", "Simulate a successful payment"));
        assertEquals("PAID", api.status(c, id));
        assertEquals(new java.math.BigDecimal(before).add(new java.math.BigDecimal("2500.50")),
                new java.math.BigDecimal(api.fixture("balance", "account", String.valueOf(c.accountId()))));
        api.assertBooksSound();
    }

    @Test
    void depositMoney_refusesBadInput_andAnotherCustomersAccount_writingNothing() throws Exception {
        Customer c = api.customer();
        Customer other = api.customer();
        Browser b = signedIn(c);
        HttpResponse<String> page = b.get("/portal/account-deposit?account=" + other.accountId());
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains(masked(other)), "another customer's account is never offered");
        HttpResponse<String> r = submit(b, page, "depositmoney", Map.of("depositmoney:toaccount",
                String.valueOf(other.accountId()), "depositmoney:depamount", "100", "depositmoney:pay", "Pay online"));
        assertEquals(200, r.statusCode(), "refused on the page, not redirected to a checkout");
        r = submit(b, r, "depositmoney", Map.of("depositmoney:toaccount", String.valueOf(c.accountId()),
                "depositmoney:depamount", "-5", "depositmoney:pay", "Pay online"));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("msg-error"), r.body());
        r = submit(b, r, "depositmoney", Map.of("depositmoney:toaccount", String.valueOf(c.accountId()),
                "depositmoney:depamount", "", "depositmoney:pay", "Pay online"));
        assertTrue(r.body().contains("Amount: please fill this in"), r.body());
        assertEquals(0, payments(c));
        assertEquals(0, payments(other));
    }

    private static Map<String, String> with(Map<String, String> fields, String key, String value) {
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put(key, value);
        return all;
    }
}
