package org.coopbank.it.payment;

import static org.coopbank.it.payment.PaymentApi.id;
import static org.coopbank.it.payment.PaymentApi.order;
import static org.coopbank.it.payment.PaymentApi.paise;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Razorpay's webhook contract against our endpoint, with the simulated gateway's signed deliveries: a captured EMI is
 * posted once however often, in whatever order and however concurrently it is delivered; a bad signature stores
 * nothing; a mismatch is flagged and posts nothing; an unknown order is stored and left alone. Each test makes its own
 * customer and ends with the books checked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentWebhookIT {

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

    @Test
    void emiCaptured_paysTheInstalmentOnce_andTellsTheCustomer() throws Exception {
        Customer c = api.customer();
        Map<String, Object> checkout = api.startEmi(c, "NEXT", null);
        assertEquals("simulated", checkout.get("gateway"));
        assertTrue(order(checkout).startsWith("order_sim_"), order(checkout));
        assertEquals("rzp_simulated_local", checkout.get("keyId"));
        assertEquals(new java.math.BigDecimal((String) checkout.get("amount")).movePointRight(2).longValueExact(),
                paise(checkout), "paise are the rupee amount exactly");
        assertEquals("INITIATED", api.status(c, id(checkout)));

        Delivery d = api.signed("payment.captured", order(checkout), "pay_it_" + System.nanoTime(), paise(checkout), "INR");
        long t0 = System.nanoTime();
        HttpResponse<String> r = api.deliver(d);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(ms < 2000, "the webhook answers at once, not after the work: " + ms + " ms");
        assertEquals("APPLIED", api.awaitOutcome(d.eventId()));
        api.awaitStatus(c, id(checkout), "PAID");
        assertEquals(1, api.repayments(c));

        Map<String, Object> loan = PaymentApi.map(api.get("/api/portal/loans/" + c.loanId(), c.token()));
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) loan.get("schedule")).get(0);
        assertEquals("PAID", String.valueOf(first.get("state")), first.toString());
        PaymentApi.await("payment alert", () -> api.fixture("alerts", "customer", String.valueOf(c.id())), "1"::equals);
        // the alert went by e-mail (the customer gave an address): the mobile also gets a short SMS, masked, grouped
        String sms = PaymentApi.await("payment SMS", () -> api.fixture("payment-sms", "mobile", c.mobile(),
                "payment", String.valueOf(id(checkout))), t -> !t.isEmpty());
        assertTrue(sms.contains("was received and applied") && sms.matches("(?s).*INR [0-9,]+\\.[0-9]{2} .*"), sms);
        assertFalse(sms.contains(c.accountNumber()), sms);
        api.assertBooksSound();
    }

    @Test
    void badOrMissingSignature_answers400_andStoresNothing() throws Exception {
        Customer c = api.customer();
        Map<String, Object> checkout = api.startEmi(c, "NEXT", null);
        Delivery d = api.signed("payment.captured", order(checkout), "pay_it_" + System.nanoTime(), paise(checkout), "INR");

        HttpResponse<String> wrong = api.deliver(d.body(), d.signature().replace(d.signature().charAt(0),
                d.signature().charAt(0) == 'a' ? 'b' : 'a'), d.eventId());
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertEquals("application/problem+json", PaymentApi.contentType(wrong));
        HttpResponse<String> tampered = api.deliver(d.body().replace("\"captured\"", "\"captured\" "), d.signature(), d.eventId());
        assertEquals(400, tampered.statusCode(), "a body changed after signing");
        HttpResponse<String> missing = api.deliver(d.body(), null, d.eventId());
        assertEquals(400, missing.statusCode(), missing.body());

        assertEquals("NONE", api.fixture("event", "id", d.eventId()), "nothing stored");
        assertEquals("INITIATED", api.status(c, id(checkout)));
        assertEquals(0, api.repayments(c));
        api.assertBooksSound();
    }

    @Test
    void sameEvent5TimesSequentially_thenAnother5Concurrently_appliedOnce() throws Exception {
        Customer c = api.customer();
        Map<String, Object> first = api.startEmi(c, "PART", "1000.00");
        Delivery d = api.signed("payment.captured", order(first), "pay_it_" + System.nanoTime(), paise(first), "INR");
        for (int i = 0; i < 5; i++) {
            api.deliverOk(d);
        }
        assertEquals("APPLIED", api.awaitOutcome(d.eventId()));
        api.awaitStatus(c, id(first), "PAID");
        assertEquals(1, api.repayments(c));

        Map<String, Object> second = api.startEmi(c, "PART", "1500.00");
        Delivery e = api.signed("payment.captured", order(second), "pay_it_" + System.nanoTime(), paise(second), "INR");
        concurrently(5, () -> api.deliver(e));
        assertEquals("APPLIED", api.awaitOutcome(e.eventId()));
        api.awaitStatus(c, id(second), "PAID");
        assertEquals(2, api.repayments(c), "one repayment per payment");
        api.assertBooksSound();
    }

    @Test
    void fiveDifferentEventsForOnePayment_concurrently_postOnce() throws Exception {
        Customer c = api.customer();
        Map<String, Object> checkout = api.startEmi(c, "PART", "2000.00");
        String payId = "pay_it_" + System.nanoTime();
        List<Delivery> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            events.add(api.signed(i % 2 == 0 ? "payment.captured" : "order.paid", order(checkout), payId, paise(checkout), "INR"));
        }
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        events.forEach(ev -> calls.add(() -> api.deliver(ev)));
        run(calls);
        long applied = 0;
        for (Delivery ev : events) {
            String outcome = api.awaitOutcome(ev.eventId());
            applied += outcome.equals("APPLIED") ? 1 : 0;
            assertTrue(outcome.equals("APPLIED") || outcome.equals("ALREADY_SETTLED"), outcome);
        }
        assertEquals(1, applied, "exactly one event applied the payment");
        assertEquals(1, api.repayments(c));
        api.assertBooksSound();
    }

    @Test
    void capturedBeforeAndAfterOrderPaid_settleOnce() throws Exception {
        Customer c = api.customer();
        Map<String, Object> a = api.startEmi(c, "PART", "1000.00");
        String payA = "pay_it_a" + System.nanoTime();
        Delivery capturedA = api.signed("payment.captured", order(a), payA, paise(a), "INR");
        Delivery paidA = api.signed("order.paid", order(a), payA, paise(a), "INR");
        api.deliverOk(capturedA);
        assertEquals("APPLIED", api.awaitOutcome(capturedA.eventId()));
        api.deliverOk(paidA);
        assertEquals("ALREADY_SETTLED", api.awaitOutcome(paidA.eventId()));

        Map<String, Object> b = api.startEmi(c, "PART", "1000.00");
        String payB = "pay_it_b" + System.nanoTime();
        Delivery paidB = api.signed("order.paid", order(b), payB, paise(b), "INR");
        Delivery capturedB = api.signed("payment.captured", order(b), payB, paise(b), "INR");
        api.deliverOk(paidB);
        assertEquals("APPLIED", api.awaitOutcome(paidB.eventId()));
        api.deliverOk(capturedB);
        assertEquals("ALREADY_SETTLED", api.awaitOutcome(capturedB.eventId()));

        assertEquals(2, api.repayments(c));
        api.assertBooksSound();
    }

    @Test
    void amountOrCurrencyMismatch_isFlagged_andNothingPosted() throws Exception {
        Customer c = api.customer();
        Map<String, Object> a = api.startEmi(c, "PART", "1000.00");
        Delivery more = api.signed("payment.captured", order(a), "pay_it_" + System.nanoTime(), paise(a) + 100, "INR");
        api.deliverOk(more);
        assertEquals("FLAGGED", api.awaitOutcome(more.eventId()));
        assertEquals("FLAGGED", api.status(c, id(a)));

        Map<String, Object> b = api.startEmi(c, "PART", "1000.00");
        Delivery usd = api.signed("payment.captured", order(b), "pay_it_" + System.nanoTime(), paise(b), "USD");
        api.deliverOk(usd);
        assertEquals("FLAGGED", api.awaitOutcome(usd.eventId()));
        assertEquals("FLAGGED", api.status(c, id(b)));

        assertEquals(0, api.repayments(c));
        api.assertBooksSound();
    }

    @Test
    void unknownOrder_isStored_notApplied_andNotRetried() throws Exception {
        Delivery d = api.signed("payment.captured", "order_sim_doesnotexist" + System.nanoTime(), "pay_it_" + System.nanoTime(),
                100_000, "INR");
        api.deliverOk(d);
        assertEquals("UNKNOWN_ORDER", api.awaitOutcome(d.eventId()));
        api.deliverOk(d); // a redelivery is a duplicate, nothing more
        assertEquals("UNKNOWN_ORDER", api.fixture("event", "id", d.eventId()));
        api.assertBooksSound();
    }

    @Test
    void failedThenLateCapture_settles_andAPaidPaymentNeverFails() throws Exception {
        Customer c = api.customer();
        Map<String, Object> a = api.startEmi(c, "PART", "1000.00");
        Delivery failed = api.signed("payment.failed", order(a), "pay_it_f" + System.nanoTime(), paise(a), "INR");
        api.deliverOk(failed);
        assertEquals("FAILED_MARKED", api.awaitOutcome(failed.eventId()));
        assertEquals("FAILED", api.status(c, id(a)));
        PaymentApi.await("failure alert", () -> api.fixture("alerts", "customer", String.valueOf(c.id())), "1"::equals);
        Delivery late = api.signed("payment.captured", order(a), "pay_it_l" + System.nanoTime(), paise(a), "INR");
        api.deliverOk(late);
        assertEquals("APPLIED", api.awaitOutcome(late.eventId()));
        assertEquals("PAID", api.status(c, id(a)));

        Delivery failedAfter = api.signed("payment.failed", order(a), "pay_it_g" + System.nanoTime(), paise(a), "INR");
        api.deliverOk(failedAfter);
        assertEquals("ALREADY_SETTLED", api.awaitOutcome(failedAfter.eventId()));
        assertEquals("PAID", api.status(c, id(a)));
        assertEquals(1, api.repayments(c));
        api.assertBooksSound();
    }

    @Test
    void poisonedEvent_isRetried_thenDeadLettered_andChangesNothing() throws Exception {
        Customer c = api.customer();
        Map<String, Object> checkout = api.startEmi(c, "PART", "1000.00");
        // correctly signed, but a payment.captured without its payment entity: applying it throws every time
        String body = "{\"entity\":\"event\",\"event\":\"payment.captured\",\"payload\":{\"order\":{\"entity\":{\"id\":\""
                + order(checkout) + "\"}}},\"created_at\":1}";
        String eventId = "evt_it_poison_" + System.nanoTime();
        HttpResponse<String> r = api.deliver(body, api.fixture("sign", "body", body), eventId);
        assertEquals(200, r.statusCode(), r.body());
        PaymentApi.await("the poisoned event in WebhookDLQ", () -> api.fixture("dead-lettered", "id", eventId), "true"::equals);
        assertEquals("PENDING", api.fixture("event", "id", eventId), "stored, never applied");
        assertEquals("INITIATED", api.status(c, id(checkout)));
        assertEquals(0, api.repayments(c));
        api.assertBooksSound();
    }

    @Test
    void storedButNeverQueued_isQueuedBySweeper_andAppliedOnce_whileDeadLettersStayForTheAccountant() throws Exception {
        Customer c = api.customer();
        Map<String, Object> checkout = api.startEmi(c, "NEXT", null);
        String lost = api.fixture("stored-unqueued", "order", order(checkout), "payment", api.fixture("new-payment-id"),
                "paise", String.valueOf(paise(checkout)));
        Customer other = api.customer();
        Map<String, Object> poisoned = api.startEmi(other, "NEXT", null);
        String dead = api.fixture("dead-letter", "order", order(poisoned), "payment", api.fixture("new-payment-id"),
                "paise", String.valueOf(paise(poisoned)), "poison", "yes");
        assertEquals("PENDING", api.fixture("event", "id", lost), "stored, no message: nothing applies it by itself");

        assertTrue(Integer.parseInt(api.fixture("requeue")) >= 1, "the lost event queued again");
        assertEquals("APPLIED", api.awaitOutcome(lost));
        assertEquals("PAID", api.status(c, id(checkout)));
        api.fixture("requeue"); // an applied event is not queued again, and a second message would change nothing
        assertEquals(1, api.repayments(c));

        assertEquals("true", api.fixture("dead-lettered", "id", dead), "a dead letter waits for the accountant's retry");
        assertEquals("PENDING", api.fixture("event", "id", dead));
        assertEquals("INITIATED", api.status(other, id(poisoned)));
        api.assertBooksSound();
    }

    private static void concurrently(int n, Callable<HttpResponse<String>> call) throws Exception {
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(call);
        }
        run(calls);
    }

    private static void run(List<Callable<HttpResponse<String>>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (Callable<HttpResponse<String>> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> f : futures) {
                HttpResponse<String> r = f.get();
                assertEquals(200, r.statusCode(), r.body());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
