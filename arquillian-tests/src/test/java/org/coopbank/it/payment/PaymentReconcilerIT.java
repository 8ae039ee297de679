package org.coopbank.it.payment;

import static org.coopbank.it.payment.PaymentApi.id;
import static org.coopbank.it.payment.PaymentApi.order;
import static org.coopbank.it.payment.PaymentApi.paise;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * The reconciler: an order the browser never completed and whose webhook never came is settled from what the gateway
 * lists for it, through the same exactly-once settlement: once however often (and however concurrently) it runs, and a
 * late webhook changes nothing. Failed attempts mark the payment failed; a young order with nothing at the gateway waits.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentReconcilerIT {

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

    private String capturedAtTheGateway(Map<String, Object> checkout) throws Exception {
        String gatewayPaymentId = api.fixture("new-payment-id");
        api.fixture("gateway-attempt", "order", order(checkout), "payment", gatewayPaymentId, "status", "captured",
                "paise", String.valueOf(paise(checkout)));
        return gatewayPaymentId;
    }

    @Test
    void stuckEmi_capturedAtTheGateway_isSettledOnce_evenWhenReconciledTwice_andALateWebhookChangesNothing()
            throws Exception {
        Customer c = api.customer();
        Map<String, Object> checkout = api.startEmi(c, "NEXT", null);
        String gatewayPaymentId = capturedAtTheGateway(checkout);
        assertEquals("INITIATED", api.status(c, id(checkout)), "nobody told our server yet");

        assertEquals("SETTLED", api.fixture("reconcile", "id", String.valueOf(id(checkout))));
        assertEquals("NOT_OPEN", api.fixture("reconcile", "id", String.valueOf(id(checkout))), "the second run");
        api.fixture("sweep");
        assertEquals("PAID " + gatewayPaymentId, api.fixture("payment", "customer", String.valueOf(c.id()), "id",
                String.valueOf(id(checkout))));
        assertEquals(1, api.repayments(c));

        PaymentApi.Delivery late = api.signed("payment.captured", order(checkout), gatewayPaymentId, paise(checkout), "INR");
        api.deliverOk(late);
        assertEquals("ALREADY_SETTLED", api.awaitOutcome(late.eventId()));
        assertEquals(1, api.repayments(c));
        api.assertBooksSound();
    }

    @Test
    void stuckDeposit_reconciledConcurrently_creditsTheAccountOnce() throws Exception {
        Customer c = api.customer();
        BigDecimal before = new BigDecimal(api.fixture("balance", "account", String.valueOf(c.accountId())));
        Map<String, Object> checkout = api.start(c, "{\"type\":\"DEPOSIT\",\"accountId\":" + c.accountId()
                + ",\"amount\":\"1234.56\"}");
        capturedAtTheGateway(checkout);
        List<String> outcomes = concurrently(4, () -> api.fixture("reconcile", "id", String.valueOf(id(checkout))));
        assertEquals(1, outcomes.stream().filter("SETTLED"::equals).count(), outcomes.toString());
        assertEquals(before.add(new BigDecimal("1234.56")),
                new BigDecimal(api.fixture("balance", "account", String.valueOf(c.accountId()))));
        api.assertBooksSound();
    }

    @Test
    void stuckOrder_whoseAttemptsAllFailed_isMarkedFailed_andPostsNothing() throws Exception {
        Customer c = api.customer();
        Map<String, Object> checkout = api.startEmi(c, "PART", "700.00");
        api.fixture("gateway-attempt", "order", order(checkout), "payment", api.fixture("new-payment-id"),
                "status", "failed", "paise", String.valueOf(paise(checkout)));
        assertEquals("FAILED", api.fixture("reconcile", "id", String.valueOf(id(checkout))));
        assertEquals("FAILED", api.status(c, id(checkout)));
        assertEquals(0, api.repayments(c));
        api.assertBooksSound();
    }

    @Test
    void youngOrder_withNothingAtTheGateway_waits() throws Exception {
        Customer c = api.customer();
        Map<String, Object> checkout = api.startEmi(c, "NEXT", null);
        assertEquals("WAITING", api.fixture("reconcile", "id", String.valueOf(id(checkout))));
        String[] sweep = api.fixture("sweep").split(" ");
        assertTrue(Integer.parseInt(sweep[0]) >= 1, "the sweep looked at it");
        assertEquals("INITIATED", api.status(c, id(checkout)));
        assertEquals(0, api.repayments(c));
    }

    private static List<String> concurrently(int n, Callable<String> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<String> out = new ArrayList<>();
            for (Future<String> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
