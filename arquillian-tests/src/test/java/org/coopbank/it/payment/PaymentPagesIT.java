package org.coopbank.it.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The portal's pages over HTTP, as a browser submits them: "Pay EMI" on the loan page opens the simulated gateway's
 * checkout; success settles the payment once (verify, then the signed webhook to our own endpoint), failure marks it
 * failed; the payments page lists them; someone else's checkout is a 404.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentPagesIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

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

    /** Submits the JSF form {@code formId} of the page with {@code fields}; returns the answer (not followed). */
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
        String l = r.headers().firstValue("Location").orElseThrow();
        return l.replaceFirst("^https?://[^/]+", "");
    }

    private long startOnLoanPage(Browser b, Customer c, String choice, String amount) throws Exception {
        HttpResponse<String> loan = b.get("/portal/loans/" + c.loanId());
        assertEquals(200, loan.statusCode());
        assertTrue(loan.body().contains("id=\"pay-emi\""), "the Pay EMI section");
        String to = location(submit(b, loan, "payemi", Map.of("payemi:choice", choice, "payemi:payamount", amount,
                "payemi:pay", "Pay online")));
        assertTrue(to.startsWith("/portal/checkout?payment="), to);
        return Long.parseLong(to.substring(to.indexOf('=') + 1));
    }

    @Test
    void payEmiOnTheLoanPage_succeedsOnTheSimulatedCheckout_andIsPaidOnce() throws Exception {
        Customer c = api.customer();
        Browser b = signedIn(c);
        long id = startOnLoanPage(b, c, "NEXT", "");
        HttpResponse<String> checkout = b.get("/portal/checkout?payment=" + id);
        assertEquals(200, checkout.statusCode());
        assertTrue(checkout.body().contains("SIMULATED PAYMENT GATEWAY"), "clearly labelled");
        String to = location(submit(b, checkout, "checkout", Map.of("checkout:succeed", "Simulate a successful payment")));
        assertEquals("/portal/payments", to);
        assertEquals("PAID", api.status(c, id), "the verify call settled it");
        HttpResponse<String> list = b.get("/portal/payments");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("id=\"payment-" + id + "\""), list.body());
        assertTrue(list.body().contains(">Paid<"), "status shown");
        PaymentApi.await("the webhook that followed, applied", () -> String.valueOf(api.repayments(c)), "1"::equals);
        assertEquals(1, api.repayments(c));
        HttpResponse<String> loan = b.get("/portal/loans/" + c.loanId());
        assertTrue(loan.body().contains("state-PAID"), "the first instalment shows paid");
        api.assertBooksSound();
    }

    @Test
    void failureOnTheSimulatedCheckout_marksThePaymentFailed_andPostsNothing() throws Exception {
        Customer c = api.customer();
        Browser b = signedIn(c);
        long id = startOnLoanPage(b, c, "PART", "500.00");
        HttpResponse<String> checkout = b.get("/portal/checkout?payment=" + id);
        assertEquals("/portal/payments",
                location(submit(b, checkout, "checkout", Map.of("checkout:fail", "Simulate a failed payment"))));
        api.awaitStatus(c, id, "FAILED");
        assertEquals(0, api.repayments(c));
        assertTrue(b.get("/portal/payments").body().contains(">Failed<"));
        api.assertBooksSound();
    }

    @Test
    void anotherCustomersCheckout_is404() throws Exception {
        Customer a = api.customer();
        Customer other = api.customer();
        long id = PaymentApi.id(api.startEmi(a, "NEXT", null));
        Browser b = signedIn(other);
        HttpResponse<String> r = b.get("/portal/checkout?payment=" + id);
        assertEquals(404, r.statusCode());
        assertEquals("INITIATED", api.status(a, id));
    }
}
