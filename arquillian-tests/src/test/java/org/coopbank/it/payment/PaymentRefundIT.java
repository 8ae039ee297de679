package org.coopbank.it.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
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
import org.coopbank.it.payment.PaymentApi.Paid;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.json.Json;

/**
 * Refunds of online payments ({@code PaymentRefunds}, {@code RefundWebhooks}) with the simulated gateway: the
 * accountant's refund posts Dr account Cr 1200 once, with the refund row, before the gateway is asked; Razorpay-shaped
 * {@code refund.processed} / {@code refund.failed} webhooks, redelivered and concurrent, change nothing twice; a refund
 * the bank did not make is recorded and flagged, nothing posted; refusals change nothing. Each test ends with the books
 * checked (subledgers against their control accounts, trial balance zero).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentRefundIT {

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

    @AfterEach
    void gatewayUp() throws Exception {
        api.fixture("refuse-refunds", "refuse", "false");
    }

    private BigDecimal balance(long accountId) throws Exception {
        return new BigDecimal(api.fixture("balance", "account", String.valueOf(accountId)));
    }

    private BigDecimal clearing() throws Exception {
        return new BigDecimal(api.fixture("gl-balance", "code", "1200"));
    }

    /** "STATUS refundId gatewayRefundId" or "refused: CODE". */
    private String[] refund(Paid p, String amount) throws Exception {
        return api.fixture("refund", "id", String.valueOf(p.id()), "amount", amount, "reason", "Customer asked").split(" ");
    }

    private Delivery refundWebhook(String event, String gatewayRefundId, Paid p, long paise, String ours) throws Exception {
        Map<String, Object> w = PaymentApi.JSON.toType(api.fixture("refund-webhook", "event", event, "refund",
                gatewayRefundId, "payment", p.gatewayPaymentId(), "paise", String.valueOf(paise), "ours", ours), Json.MAP_TYPE);
        return new Delivery((String) w.get("eventId"), (String) w.get("body"), (String) w.get("signature"));
    }

    private String refunds(Paid p) throws Exception {
        return api.fixture("refunds", "id", String.valueOf(p.id()));
    }

    /** Delivers copies at once from several threads; every one must be accepted (200). */
    private void deliverConcurrently(List<Delivery> deliveries) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(deliveries.size());
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (Delivery d : deliveries) {
                calls.add(() -> api.deliver(d).statusCode());
            }
            for (Future<Integer> f : pool.invokeAll(calls)) {
                assertEquals(200, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fullRefundOfADeposit_postsDrAccountCr1200Once_andItsWebhook3TimesAndConcurrently_changesNothingTwice() throws Exception {
        Customer c = api.customer();
        Paid p = api.paidDeposit(c, c.accountId(), "3000.00");
        BigDecimal balanceBefore = balance(c.accountId());
        BigDecimal clearingBefore = clearing();

        String[] r = refund(p, "3000.00");
        assertEquals("REQUESTED", r[0], String.join(" ", r));
        assertTrue(r[2].startsWith("rfnd_sim_"), r[2]);
        assertEquals("1200 C 3000.00, 2000 D 3000.00, 1", api.fixture("refund-entries", "reference", "refund-" + r[1]));
        assertEquals(balanceBefore.subtract(new BigDecimal("3000.00")), balance(c.accountId()));
        assertEquals(clearingBefore.subtract(new BigDecimal("3000.00")), clearing());
        assertEquals("REFUNDED", api.status(c, p.id()));
        api.assertBooksSound();

        Delivery processed = refundWebhook("refund.processed", r[2], p, p.paise(), r[1]);
        for (int i = 0; i < 3; i++) {
            api.deliverOk(processed);
        }
        assertEquals("REFUND_PROCESSED", api.awaitOutcome(processed.eventId()));
        List<Delivery> copies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            copies.add(processed); // the same event id at once
            copies.add(refundWebhook("refund.processed", r[2], p, p.paise(), r[1])); // other event ids, same refund
        }
        deliverConcurrently(copies);
        for (Delivery d : copies) {
            assertEquals(d == processed ? "REFUND_PROCESSED" : "ALREADY_SETTLED", api.awaitOutcome(d.eventId()));
        }
        assertEquals("BANK PROCESSED " + r[2] + " false false", refunds(p));
        assertEquals("1200 C 3000.00, 2000 D 3000.00, 1", api.fixture("refund-entries", "reference", "refund-" + r[1]));
        assertEquals(balanceBefore.subtract(new BigDecimal("3000.00")), balance(c.accountId()));
        assertEquals(clearingBefore.subtract(new BigDecimal("3000.00")), clearing());

        // the customer is told: the refund started and processed, amounts and the masked account only
        PaymentApi.await("refund alerts", () -> api.fixture("alerts-titled", "customer", String.valueOf(c.id()),
                "prefix", "Payment refund"), "2"::equals);
        String texts = api.fixture("alert-texts", "customer", String.valueOf(c.id()), "prefix", "Payment refund");
        assertTrue(texts.contains("INR 3,000.00") && texts.contains("XXXX" + c.accountNumber().substring(c.accountNumber().length() - 4)), texts);
        assertTrue(!texts.contains(c.accountNumber()), "the full account number never appears: " + texts);
        api.assertBooksSound();
    }

    @Test
    void aRefundWhoseWebhookNeverCame_isSettledByTheReconciler_once_andTheLateWebhookChangesNothing() throws Exception {
        Customer c = api.customer();
        Paid p = api.paidDeposit(c, c.accountId(), "1500.00");
        String[] r = refund(p, "1500.00");
        assertEquals("REQUESTED", r[0], String.join(" ", r));
        BigDecimal balanceAfterRefund = balance(c.accountId());
        assertTrue(refunds(p).contains("BANK REQUESTED " + r[2]), refunds(p));

        String sweep = api.fixture("refund-sweep");
        assertTrue(refunds(p).contains("BANK PROCESSED " + r[2]), sweep + " / " + refunds(p));
        assertTrue(Integer.parseInt(sweep.split(" ")[1]) >= 1, sweep);
        api.fixture("refund-sweep"); // asked again: nothing left to move
        Delivery late = refundWebhook("refund.processed", r[2], p, p.paise(), r[1]);
        api.deliverOk(late);
        assertEquals("ALREADY_SETTLED", api.awaitOutcome(late.eventId()));

        assertEquals("1200 C 1500.00, 2000 D 1500.00, 1", api.fixture("refund-entries", "reference", "refund-" + r[1]));
        assertEquals(balanceAfterRefund, balance(c.accountId()), "settling the refund posts nothing more");
        api.assertBooksSound();
    }

    @Test
    void partialRefunds_upToWhatWasPaid_eachPostedOnce_andOneTooManyRefusedWithNothingChanged() throws Exception {
        Customer c = api.customer();
        Paid p = api.paidDeposit(c, c.accountId(), "3000.00");
        BigDecimal balanceBefore = balance(c.accountId());

        String[] first = refund(p, "1000.00");
        assertEquals("REQUESTED", first[0]);
        assertEquals("PAID", api.status(c, p.id()), "a partial refund leaves the payment paid");
        assertEquals("refused: validation-failed", String.join(" ", refund(p, "2000.01")), "more than is left");
        assertEquals(balanceBefore.subtract(new BigDecimal("1000.00")), balance(c.accountId()));
        String[] second = refund(p, "2000.00");
        assertEquals("REQUESTED", second[0]);
        assertEquals("REFUNDED", api.status(c, p.id()));
        assertEquals("refused: validation-failed", String.join(" ", refund(p, "0.01")), "nothing is left");
        assertEquals("1200 C 1000.00, 2000 D 1000.00, 1", api.fixture("refund-entries", "reference", "refund-" + first[1]));
        assertEquals("1200 C 2000.00, 2000 D 2000.00, 1", api.fixture("refund-entries", "reference", "refund-" + second[1]));
        assertEquals(balanceBefore.subtract(new BigDecimal("3000.00")), balance(c.accountId()));
        api.deliverOk(refundWebhook("refund.processed", second[2], p, 200000, second[1]));
        api.deliverOk(refundWebhook("refund.processed", first[2], p, 100000, first[1]));
        PaymentApi.await("both processed", () -> refunds(p), s -> !s.contains("REQUESTED"));
        assertEquals("BANK PROCESSED " + first[2] + " false false\nBANK PROCESSED " + second[2] + " false false", refunds(p));
        api.assertBooksSound();
    }

    @Test
    void aRefundIsRefused_whenTheBalanceIsShort_orTheAccountFrozen_andNothingChanges() throws Exception {
        Customer c = api.customer();
        Paid p = api.paidDeposit(c, c.accountId(), "3000.00");
        api.fixture("withdraw", "account", String.valueOf(c.accountId()), "amount",
                balance(c.accountId()).subtract(new BigDecimal("500.00")).toPlainString());
        BigDecimal clearingBefore = clearing();

        assertEquals("refused: insufficient-funds", String.join(" ", refund(p, "3000.00")));
        assertEquals(new BigDecimal("500.00"), balance(c.accountId()));
        assertEquals(clearingBefore, clearing());
        assertEquals("", refunds(p), "no refund row kept");
        assertEquals("PAID", api.status(c, p.id()));

        api.fixture("freeze", "account", String.valueOf(c.accountId()));
        assertEquals("refused: invalid-state", String.join(" ", refund(p, "100.00")));
        assertEquals(new BigDecimal("500.00"), balance(c.accountId()));
        assertEquals(clearingBefore, clearing());
        assertEquals("", refunds(p));
        assertEquals("refused: forbidden", api.fixture("refund", "id", String.valueOf(p.id()), "amount", "100.00",
                "reason", "x", "as", "clerk"));
        api.assertBooksSound();
    }

    @Test
    void anFdOpenedOnline_isRefundedInFullOnly_closingTheFdWithNoInterest_Dr2100Cr1200() throws Exception {
        Customer c = api.customer();
        Map<String, Object> checkout = api.start(c, "{\"type\":\"FD_OPENING\",\"accountId\":" + c.accountId()
                + ",\"amount\":\"25000.00\",\"tenureMonths\":12}");
        String gp = api.fixture("new-payment-id");
        api.fixture("gateway-attempt", "order", PaymentApi.order(checkout), "payment", gp, "status", "captured",
                "paise", String.valueOf(PaymentApi.paise(checkout)));
        assertEquals("SETTLED", api.fixture("reconcile", "id", String.valueOf(PaymentApi.id(checkout))));
        Paid p = new Paid(PaymentApi.id(checkout), gp, PaymentApi.paise(checkout));
        assertEquals("ACTIVE 25000.00", api.fixture("fd-statuses", "customer", String.valueOf(c.id())));
        BigDecimal balanceBefore = balance(c.accountId());
        BigDecimal clearingBefore = clearing();

        assertEquals("refused: invalid-state", String.join(" ", refund(p, "5000.00")), "not in part");
        assertEquals("ACTIVE 25000.00", api.fixture("fd-statuses", "customer", String.valueOf(c.id())));
        String[] r = refund(p, "25000.00");
        assertEquals("REQUESTED", r[0]);
        assertEquals("CLOSED_PREMATURE 25000.00", api.fixture("fd-statuses", "customer", String.valueOf(c.id())));
        assertEquals("1200 C 25000.00, 2100 D 25000.00, 1", api.fixture("refund-entries", "reference", "refund-" + r[1]));
        assertEquals(clearingBefore.subtract(new BigDecimal("25000.00")), clearing());
        assertEquals(balanceBefore, balance(c.accountId()), "nothing taken from the linked account");
        assertEquals("refused: validation-failed", String.join(" ", refund(p, "25000.00")), "not twice");
        api.assertBooksSound();
    }

    @Test
    void anEmiPaidOnline_isNotRefundedHere_nothingChanges() throws Exception {
        Customer c = api.customer();
        Map<String, Object> checkout = api.startEmi(c, "NEXT", null);
        String gp = api.fixture("new-payment-id");
        api.fixture("gateway-attempt", "order", PaymentApi.order(checkout), "payment", gp, "status", "captured",
                "paise", String.valueOf(PaymentApi.paise(checkout)));
        assertEquals("SETTLED", api.fixture("reconcile", "id", String.valueOf(PaymentApi.id(checkout))));
        Paid p = new Paid(PaymentApi.id(checkout), gp, PaymentApi.paise(checkout));
        BigDecimal clearingBefore = clearing();

        assertEquals("refused: invalid-state", String.join(" ", refund(p, "100.00")));
        assertEquals(clearingBefore, clearing());
        assertEquals("", refunds(p));
        assertEquals("PAID", api.status(c, p.id()));
        api.assertBooksSound();
    }

    @Test
    void aRefundMadeOnTheGatewaysDashboard_isRecordedOnceAndFlagged_nothingPosted() throws Exception {
        Customer c = api.customer();
        Paid p = api.paidDeposit(c, c.accountId(), "3000.00");
        BigDecimal balanceBefore = balance(c.accountId());
        BigDecimal clearingBefore = clearing();
        String gatewayRefundId = "rfnd_ItDash" + System.nanoTime() % 1_000_000_000L;

        Delivery d = refundWebhook("refund.processed", gatewayRefundId, p, 50000, "");
        api.deliverOk(d);
        api.deliverOk(d);
        assertEquals("REFUND_RECORDED", api.awaitOutcome(d.eventId()));
        Delivery again = refundWebhook("refund.processed", gatewayRefundId, p, 50000, "");
        api.deliverOk(again);
        assertEquals("ALREADY_SETTLED", api.awaitOutcome(again.eventId()));

        assertEquals("GATEWAY PROCESSED " + gatewayRefundId + " false true", refunds(p));
        assertEquals("REFUNDED", api.status(c, p.id()));
        assertEquals(balanceBefore, balance(c.accountId()), "no automatic ledger guess");
        assertEquals(clearingBefore, clearing());
        api.assertBooksSound();
    }

    @Test
    void whileTheGatewayIsDown_theRefundStaysPending_andARetryAsksAgainWithoutPostingAgain() throws Exception {
        Customer c = api.customer();
        Paid p = api.paidDeposit(c, c.accountId(), "2500.00");
        BigDecimal balanceBefore = balance(c.accountId());
        api.fixture("refuse-refunds", "refuse", "true");

        String[] r = refund(p, "2500.00");
        assertEquals("PENDING", r[0]);
        assertEquals("null", r[2]);
        assertEquals(balanceBefore.subtract(new BigDecimal("2500.00")), balance(c.accountId()));
        assertEquals("PENDING", api.fixture("refund-retry", "id", r[1]).split(" ")[0], "still down");

        api.fixture("refuse-refunds", "refuse", "false");
        String[] retried = api.fixture("refund-retry", "id", r[1]).split(" ");
        assertEquals("REQUESTED", retried[0]);
        assertTrue(retried[2].startsWith("rfnd_sim_"));
        assertEquals("1200 C 2500.00, 2000 D 2500.00, 1", api.fixture("refund-entries", "reference", "refund-" + r[1]));
        assertEquals(balanceBefore.subtract(new BigDecimal("2500.00")), balance(c.accountId()));
        api.assertBooksSound();
    }

    @Test
    void aRefundTheGatewayCouldNotMake_isCreditedBackOnce_howeverOftenItsFailureArrives() throws Exception {
        Customer c = api.customer();
        Paid p = api.paidDeposit(c, c.accountId(), "1800.00");
        BigDecimal balanceBefore = balance(c.accountId());
        BigDecimal clearingBefore = clearing();
        String[] r = refund(p, "1800.00");
        assertEquals("REQUESTED", r[0]);

        Delivery failed = refundWebhook("refund.failed", r[2], p, p.paise(), r[1]);
        Delivery failedAgain = refundWebhook("refund.failed", r[2], p, p.paise(), r[1]);
        deliverConcurrently(List.of(failed, failedAgain, failed));
        String a = api.awaitOutcome(failed.eventId());
        String b = api.awaitOutcome(failedAgain.eventId());
        assertEquals(List.of("ALREADY_SETTLED", "REFUND_FAILED"), a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a));
        Delivery lateProcessed = refundWebhook("refund.processed", r[2], p, p.paise(), r[1]);
        api.deliverOk(lateProcessed);
        assertEquals("ALREADY_SETTLED", api.awaitOutcome(lateProcessed.eventId()), "never back from failed");

        assertEquals("BANK FAILED " + r[2] + " true false", refunds(p));
        assertEquals("1200 D 1800.00, 2000 C 1800.00, 1", api.fixture("refund-entries", "reference", "refund-" + r[1] + "-returned"));
        assertEquals(balanceBefore, balance(c.accountId()));
        assertEquals(clearingBefore, clearing());
        assertEquals("PAID", api.status(c, p.id()), "refundable again");
        api.assertBooksSound();
    }
}
