package org.coopbank.it.payment;

import static org.coopbank.it.payment.PaymentApi.id;
import static org.coopbank.it.payment.PaymentApi.order;
import static org.coopbank.it.payment.PaymentApi.paise;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.coopbank.it.Deployments;
import org.coopbank.it.payment.PaymentApi.Customer;
import org.coopbank.it.payment.PaymentApi.Delivery;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The customer's side: starting EMI, deposit and FD payments (amounts from the server, refusals as problem JSON with
 * nothing kept), the checkout's verify call before and after the webhook (settled once), another customer's records
 * answering 404, and the list with masked numbers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentFlowIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(PaymentFixtureServlet.class);
    }

    @ArquillianResource
    URL testWar;

    private PaymentApi api;

    @BeforeEach
    void client() {
        api = new PaymentApi("http://" + testWar.getHost() + ":" + testWar.getPort());
    }

    private HttpResponse<String> verify(Customer c, String orderId, String paymentId, String signature) throws Exception {
        return api.post("/api/portal/payments/verify", c.token(), "{\"razorpayOrderId\":\"" + orderId
                + "\",\"razorpayPaymentId\":\"" + paymentId + "\",\"razorpaySignature\":\"" + signature + "\"}");
    }

    private String signature(String orderId, String paymentId) throws Exception {
        return api.fixture("checkout-signature", "order", orderId, "payment", paymentId);
    }

    @Test
    void verifyBeforeAndAfterTheWebhook_settlesOnce() throws Exception {
        Customer c = api.customer();
        Map<String, Object> a = api.startEmi(c, "PART", "1000.00");
        String payA = api.fixture("new-payment-id");
        HttpResponse<String> ok = verify(c, order(a), payA, signature(order(a), payA));
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("PAID", PaymentApi.map(ok).get("status"));
        Delivery late = api.signed("payment.captured", order(a), payA, paise(a), "INR");
        api.deliverOk(late);
        assertEquals("ALREADY_SETTLED", api.awaitOutcome(late.eventId()));
        assertEquals(1, api.repayments(c));

        Map<String, Object> b = api.startEmi(c, "PART", "1000.00");
        String payB = api.fixture("new-payment-id");
        Delivery early = api.signed("payment.captured", order(b), payB, paise(b), "INR");
        api.deliverOk(early);
        assertEquals("APPLIED", api.awaitOutcome(early.eventId()));
        HttpResponse<String> after = verify(c, order(b), payB, signature(order(b), payB));
        assertEquals(200, after.statusCode(), after.body());
        assertEquals("PAID", PaymentApi.map(after).get("status"));
        HttpResponse<String> again = verify(c, order(b), payB, signature(order(b), payB));
        assertEquals(200, again.statusCode(), "verify is idempotent");

        assertEquals(2, api.repayments(c), "two payments, two repayments");
        api.assertBooksSound();
    }

    @Test
    void verifyWithABadSignature_answers400_andChangesNothing() throws Exception {
        Customer c = api.customer();
        Map<String, Object> a = api.startEmi(c, "NEXT", null);
        String pay = api.fixture("new-payment-id");
        HttpResponse<String> r = verify(c, order(a), pay, signature(order(a), pay + "x"));
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("application/problem+json", PaymentApi.contentType(r));
        assertEquals("INITIATED", api.status(c, id(a)));
        assertEquals(0, api.repayments(c));
    }

    @Test
    void emiAmounts_comeFromTheSchedule_andMoreThanIsDueIsRefused() throws Exception {
        Customer c = api.customer();
        Map<String, Object> next = api.startEmi(c, "NEXT", null);
        Map<String, Object> loan = PaymentApi.map(api.get("/api/portal/loans/" + c.loanId(), c.token()));
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) loan.get("schedule")).get(0);
        assertEquals(first.get("outstanding"), next.get("amount"), "the next instalment");

        HttpResponse<String> overdue = api.post("/api/portal/payments", c.token(),
                "{\"type\":\"EMI\",\"loanId\":" + c.loanId() + ",\"choice\":\"OVERDUE\"}");
        assertEquals(409, overdue.statusCode(), "nothing is overdue on a new loan: " + overdue.body());

        HttpResponse<String> tooMuch = api.post("/api/portal/payments", c.token(),
                "{\"type\":\"EMI\",\"loanId\":" + c.loanId() + ",\"choice\":\"PART\",\"amount\":\"99999.00\"}");
        assertEquals(400, tooMuch.statusCode(), tooMuch.body());
        assertEquals("application/problem+json", PaymentApi.contentType(tooMuch));
        HttpResponse<String> noType = api.post("/api/portal/payments", c.token(), "{\"loanId\":" + c.loanId() + "}");
        assertEquals(400, noType.statusCode(), noType.body());
        HttpResponse<String> negative = api.post("/api/portal/payments", c.token(),
                "{\"type\":\"DEPOSIT\",\"accountId\":" + c.accountId() + ",\"amount\":\"-5\"}");
        assertEquals(400, negative.statusCode(), negative.body());
        HttpResponse<String> noToken = api.post("/api/portal/payments", null,
                "{\"type\":\"EMI\",\"loanId\":" + c.loanId() + ",\"choice\":\"NEXT\"}");
        assertEquals(401, noToken.statusCode());

        List<Map<String, Object>> mine = PaymentApi.list(api.get("/api/portal/payments", c.token()));
        assertEquals(1, mine.size(), "refusals keep nothing");

        // the original design's path for the same call
        HttpResponse<String> initiated = api.post("/api/portal/payments/initiate", c.token(),
                "{\"type\":\"EMI\",\"loanId\":" + c.loanId() + ",\"choice\":\"NEXT\"}");
        assertEquals(201, initiated.statusCode(), initiated.body());
        assertEquals(next.get("amount"), PaymentApi.map(initiated).get("amount"));
        HttpResponse<String> initiateRefused = api.post("/api/portal/payments/initiate", c.token(),
                "{\"type\":\"DEPOSIT\",\"accountId\":" + c.accountId() + ",\"amount\":\"-5\"}");
        assertEquals(400, initiateRefused.statusCode(), initiateRefused.body());
        assertEquals(2, PaymentApi.list(api.get("/api/portal/payments", c.token())).size());
    }

    @Test
    void anotherCustomersLoanAccountOrOrder_answers404() throws Exception {
        Customer a = api.customer();
        Customer b = api.customer();
        Map<String, Object> mine = api.startEmi(a, "NEXT", null);

        HttpResponse<String> loan = api.post("/api/portal/payments", b.token(),
                "{\"type\":\"EMI\",\"loanId\":" + a.loanId() + ",\"choice\":\"NEXT\"}");
        assertEquals(404, loan.statusCode(), loan.body());
        HttpResponse<String> deposit = api.post("/api/portal/payments", b.token(),
                "{\"type\":\"DEPOSIT\",\"accountId\":" + a.accountId() + ",\"amount\":\"100.00\"}");
        assertEquals(404, deposit.statusCode(), deposit.body());
        HttpResponse<String> fd = api.post("/api/portal/payments", b.token(),
                "{\"type\":\"FD_OPENING\",\"accountId\":" + a.accountId() + ",\"amount\":\"10000.00\",\"tenureMonths\":12}");
        assertEquals(404, fd.statusCode(), fd.body());
        String pay = api.fixture("new-payment-id");
        HttpResponse<String> verify = verify(b, order(mine), pay, signature(order(mine), pay));
        assertEquals(404, verify.statusCode(), verify.body());
        assertEquals(404, api.get("/api/portal/payments/" + id(mine), b.token()).statusCode());
        assertEquals("INITIATED", api.status(a, id(mine)));
        assertTrue(PaymentApi.list(api.get("/api/portal/payments", b.token())).isEmpty());
    }

    @Test
    void depositOnline_creditsTheAccountOnce_andTheListShowsMaskedNumbers() throws Exception {
        Customer c = api.customer();
        BigDecimal before = new BigDecimal(api.fixture("balance", "account", String.valueOf(c.accountId())));
        Map<String, Object> checkout = api.start(c, "{\"type\":\"DEPOSIT\",\"accountId\":" + c.accountId()
                + ",\"amount\":\"2500.50\"}");
        assertEquals(250050L, paise(checkout));
        Delivery d = api.signed("payment.captured", order(checkout), "pay_it_" + System.nanoTime(), paise(checkout), "INR");
        api.deliverOk(d);
        api.deliverOk(d);
        assertEquals("APPLIED", api.awaitOutcome(d.eventId()));
        api.awaitStatus(c, id(checkout), "PAID");
        assertEquals(before.add(new BigDecimal("2500.50")),
                new BigDecimal(api.fixture("balance", "account", String.valueOf(c.accountId()))));

        HttpResponse<String> list = api.get("/api/portal/payments", c.token());
        assertEquals(200, list.statusCode(), list.body());
        assertFalse(list.body().contains(c.accountNumber()), "no full account number: " + list.body());
        List<Map<String, Object>> mine = PaymentApi.list(list);
        assertEquals(1, mine.size());
        assertEquals("XXXX" + c.accountNumber().substring(c.accountNumber().length() - 4), mine.get(0).get("payable"));
        assertEquals("PAID", mine.get(0).get("status"));
        api.assertBooksSound();
    }

    @Test
    void fdOpenedOnline_withAMaturityPreview_opensOneFd() throws Exception {
        Customer c = api.customer();
        BigDecimal before = new BigDecimal(api.fixture("balance", "account", String.valueOf(c.accountId())));
        Map<String, Object> checkout = api.start(c, "{\"type\":\"FD_OPENING\",\"accountId\":" + c.accountId()
                + ",\"amount\":\"10000.00\",\"tenureMonths\":12}");
        assertNotNull(checkout.get("fdMaturityDate"));
        assertTrue(new BigDecimal((String) checkout.get("fdMaturityAmount")).compareTo(new BigDecimal("10000.00")) > 0,
                checkout.toString());
        assertEquals("0", api.fixture("fds", "customer", String.valueOf(c.id())));

        HttpResponse<String> tooSmall = api.post("/api/portal/payments", c.token(), "{\"type\":\"FD_OPENING\",\"accountId\":"
                + c.accountId() + ",\"amount\":\"10.00\",\"tenureMonths\":12}");
        assertEquals(400, tooSmall.statusCode(), tooSmall.body());

        String pay = api.fixture("new-payment-id");
        HttpResponse<String> ok = verify(c, order(checkout), pay, signature(order(checkout), pay));
        assertEquals(200, ok.statusCode(), ok.body());
        Delivery d = api.signed("order.paid", order(checkout), pay, paise(checkout), "INR");
        api.deliverOk(d);
        assertEquals("ALREADY_SETTLED", api.awaitOutcome(d.eventId()));
        assertEquals("1", api.fixture("fds", "customer", String.valueOf(c.id())));
        assertEquals(before, new BigDecimal(api.fixture("balance", "account", String.valueOf(c.accountId()))),
                "the linked account is not debited: the money came through the gateway");
        api.assertBooksSound();
    }
}
