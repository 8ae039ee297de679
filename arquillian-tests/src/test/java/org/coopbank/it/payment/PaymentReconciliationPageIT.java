package org.coopbank.it.payment;

import static org.coopbank.it.payment.PaymentApi.id;
import static org.coopbank.it.payment.PaymentApi.order;
import static org.coopbank.it.payment.PaymentApi.paise;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
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
 * The accountant's reconciliation screen ({@code /admin/accountant/payments}) over HTTP: who opens it; a stuck order
 * reconciled now, settled once; a dead-lettered webhook event retried, applied once; a settlement received posted as a
 * balanced 1100 &lt;- 1200 entry, once per reference; a flagged mismatch listed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentReconciliationPageIT {

    private static final String PAGE = "/admin/accountant/payments";

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

    private Browser staff(String roles) throws Exception {
        String user = api.fixture("staff", "roles", roles);
        Browser b = new Browser(base);
        assertTrue(b.login("/admin/home", "/admin/login", user, PaymentFixtureServlet.PASSWORD), "sign-in of " + user);
        return b;
    }

    /** The id of the button {@code button} in the row of table {@code table} that shows {@code cell}. */
    private static String rowButton(String html, String table, String cell, String button) {
        Matcher m = Pattern.compile("<tr[^>]*>((?:(?!</tr>).)*?>" + Pattern.quote(cell) + "<(?:(?!</tr>).)*?)</tr>",
                Pattern.DOTALL).matcher(html.substring(html.indexOf("id=\"recon:" + table + "\"")));
        assertTrue(m.find(), cell + " in table " + table);
        Matcher id = Pattern.compile("id=\"(recon:" + table + ":\\d+:" + button + ")\"").matcher(m.group(1));
        assertTrue(id.find(), "a " + button + " button in the row of " + cell);
        return id.group(1);
    }

    private static HttpResponse<String> press(Browser b, HttpResponse<String> page, String form, String buttonId,
                                              Map<String, String> fields) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put(buttonId, "");
        return FacesForms.submit(b, page, form, all);
    }

    @Test
    void accountantAndSuperadmin_openIt_withTheMenuLink_otherRolesAreRefused() throws Exception {
        for (String role : List.of("accountant", "superadmin")) {
            Browser b = staff(role);
            HttpResponse<String> page = b.get(PAGE);
            assertEquals(200, page.statusCode(), role);
            assertTrue(page.body().contains("Gateway clearing account (1200)"), page.body());
            assertTrue(page.body().contains("id=\"recon:dead-letters\""));
            assertTrue(b.get("/admin/home").body().contains(PAGE), role + " has the menu link");
        }
        for (String role : List.of("clerk", "manager", "cashier")) {
            Browser b = staff(role);
            assertEquals(403, b.get(PAGE).statusCode(), role);
            assertFalse(b.get("/admin/home").body().contains(PAGE), role + " sees no link");
        }
    }

    @Test
    void stuckOrder_reconciledNow_isSettledOnce() throws Exception {
        Customer c = api.customer();
        Map<String, Object> checkout = api.startEmi(c, "NEXT", null);
        api.fixture("gateway-attempt", "order", order(checkout), "payment", api.fixture("new-payment-id"),
                "status", "captured", "paise", String.valueOf(paise(checkout)));
        api.fixture("setting", "key", "payment.reconcile.after-minutes", "value", "0");
        try {
            Browser b = staff("accountant");
            Browser colleague = staff("superadmin");
            HttpResponse<String> page = b.get(PAGE);
            HttpResponse<String> colleaguesPage = colleague.get(PAGE);
            String button = rowButton(page.body(), "stuck", order(checkout), "reconcile");
            HttpResponse<String> done = press(b, page, "recon", button, Map.of());
            assertEquals(200, done.statusCode());
            assertTrue(done.body().contains("Payment " + id(checkout) + ": settled from the gateway"), done.body());
            assertEquals("PAID", api.status(c, id(checkout)));
            // a colleague who opened the screen before presses the same row's button
            HttpResponse<String> again = press(colleague, colleaguesPage, "recon",
                    rowButton(colleaguesPage.body(), "stuck", order(checkout), "reconcile"), Map.of());
            assertTrue(again.body().contains("Payment " + id(checkout) + ": no longer waiting"), again.body());
            assertEquals(1, api.repayments(c), "settled once");
            assertFalse(b.get(PAGE).body().contains(order(checkout)), "no longer stuck");
        } finally {
            api.fixture("setting", "key", "payment.reconcile.after-minutes", "value", "15");
        }
        api.assertBooksSound();
    }

    @Test
    void deadLetteredEvent_retried_isAppliedOnce_andLeavesTheQueue() throws Exception {
        Customer c = api.customer();
        Map<String, Object> checkout = api.startEmi(c, "NEXT", null);
        String eventId = api.fixture("dead-letter", "order", order(checkout), "payment", api.fixture("new-payment-id"),
                "paise", String.valueOf(paise(checkout)));
        assertEquals("true", api.fixture("dead-lettered", "id", eventId));
        Browser b = staff("accountant");
        Browser colleague = staff("accountant");
        HttpResponse<String> page = b.get(PAGE);
        HttpResponse<String> colleaguesPage = colleague.get(PAGE);
        String button = rowButton(page.body(), "dead-letters", eventId, "retry");
        HttpResponse<String> done = press(b, page, "recon", button, Map.of());
        assertTrue(done.body().contains("retried: APPLIED"), done.body());
        assertEquals("APPLIED", api.fixture("event", "id", eventId));
        assertEquals("false", api.fixture("dead-lettered", "id", eventId));
        assertEquals("PAID", api.status(c, id(checkout)));

        HttpResponse<String> again = press(colleague, colleaguesPage, "recon",
                rowButton(colleaguesPage.body(), "dead-letters", eventId, "retry"), Map.of());
        assertTrue(again.body().contains("no longer in the dead-letter queue"), again.body());
        assertEquals(1, api.repayments(c), "applied once");
        api.assertBooksSound();
    }

    @Test
    void deadLetteredEvent_thatStillFails_staysInTheQueue_andChangesNothing() throws Exception {
        Customer c = api.customer();
        Map<String, Object> checkout = api.startEmi(c, "NEXT", null);
        String eventId = api.fixture("dead-letter", "order", order(checkout), "payment", api.fixture("new-payment-id"),
                "paise", String.valueOf(paise(checkout)), "poison", "yes");
        Browser b = staff("accountant");
        HttpResponse<String> page = b.get(PAGE);
        HttpResponse<String> r = press(b, page, "recon", rowButton(page.body(), "dead-letters", eventId, "retry"), Map.of());
        assertTrue(r.body().contains("still cannot be applied"), r.body());
        PaymentApi.await("the message back in WebhookDLQ", () -> api.fixture("dead-lettered", "id", eventId), "true"::equals);
        assertEquals("PENDING", api.fixture("event", "id", eventId));
        assertEquals("INITIATED", api.status(c, id(checkout)));
        assertEquals(0, api.repayments(c));
        api.assertBooksSound();
    }

    @Test
    void settlementReceived_postsOneBalancedEntry_1100From1200_andNotTwice() throws Exception {
        Customer c = api.customer();
        Map<String, Object> checkout = api.start(c, "{\"type\":\"DEPOSIT\",\"accountId\":" + c.accountId()
                + ",\"amount\":\"3000.00\"}");
        api.fixture("gateway-attempt", "order", order(checkout), "payment", api.fixture("new-payment-id"),
                "status", "captured", "paise", String.valueOf(paise(checkout)));
        assertEquals("SETTLED", api.fixture("reconcile", "id", String.valueOf(id(checkout))));
        String ref = "setl_it_" + System.nanoTime();

        Browser b = staff("accountant");
        HttpResponse<String> page = b.get(PAGE);
        Map<String, String> fields = Map.of("settlement:amount", "2999.50", "settlement:reference", ref);
        HttpResponse<String> review = press(b, page, "settlement", "settlement:review", fields);
        assertTrue(review.body().contains("id=\"confirm-text\""), review.body());
        assertEquals("0", api.fixture("settlement-entries", "reference", ref), "nothing before the confirmation");
        HttpResponse<String> recorded = press(b, review, "settlement", "settlement:record", Map.of());
        assertTrue(recorded.body().contains("Settlement " + ref), recorded.body());
        assertEquals("1100 D 2999.50, 1200 C 2999.50, 1", api.fixture("settlement-entries", "reference", ref));

        HttpResponse<String> page2 = b.get(PAGE);
        HttpResponse<String> review2 = press(b, page2, "settlement", "settlement:review", fields);
        HttpResponse<String> refused = press(b, review2, "settlement", "settlement:record", Map.of());
        assertTrue(refused.body().contains("already recorded"), refused.body());
        assertEquals("1100 D 2999.50, 1200 C 2999.50, 1", api.fixture("settlement-entries", "reference", ref));

        HttpResponse<String> page3 = b.get(PAGE);
        HttpResponse<String> review3 = press(b, page3, "settlement", "settlement:review",
                Map.of("settlement:amount", "999999999999.00", "settlement:reference", ref + "x"));
        HttpResponse<String> tooMuch = press(b, review3, "settlement", "settlement:record", Map.of());
        assertTrue(tooMuch.body().contains("more than the gateway clearing account holds"), tooMuch.body());
        assertEquals("0", api.fixture("settlement-entries", "reference", ref + "x"));
        api.assertBooksSound();
    }

    @Test
    void refundFromTheScreen_afterAReview_postsDrAccountCr1200Once_theSimulatedGatewaysWebhookMarksItProcessed()
            throws Exception {
        Customer c = api.customer();
        PaymentApi.Paid p = api.paidDeposit(c, c.accountId(), "3000.00");
        String before = api.fixture("balance", "account", String.valueOf(c.accountId()));

        Browser b = staff("accountant");
        HttpResponse<String> page = b.get(PAGE);
        Map<String, String> fields = Map.of("refund:payment", String.valueOf(p.id()), "refund:refund-amount", "1200.00",
                "refund:refund-reason", "Deposited twice");
        HttpResponse<String> review = press(b, page, "refund", "refund:review-refund", fields);
        assertTrue(review.body().contains("id=\"refund-confirm-text\""), review.body());
        assertEquals("", api.fixture("refunds", "id", String.valueOf(p.id())), "nothing before the confirmation");
        HttpResponse<String> done = press(b, review, "refund", "refund:do-refund", Map.of());
        assertTrue(done.body().contains("for payment " + p.id() + ": requested at the gateway"), done.body());
        PaymentApi.await("the simulated gateway's refund.processed applied", () -> api.fixture("refunds", "id",
                String.valueOf(p.id())), s -> s.startsWith("BANK PROCESSED rfnd_sim_"));
        assertEquals(new java.math.BigDecimal(before).subtract(new java.math.BigDecimal("1200.00")),
                new java.math.BigDecimal(api.fixture("balance", "account", String.valueOf(c.accountId()))));

        HttpResponse<String> page2 = b.get(PAGE);
        HttpResponse<String> review2 = press(b, page2, "refund", "refund:review-refund", Map.of("refund:payment",
                String.valueOf(p.id()), "refund:refund-amount", "1800.01", "refund:refund-reason", "Too much"));
        HttpResponse<String> refused = press(b, review2, "refund", "refund:do-refund", Map.of());
        assertTrue(refused.body().contains("more than is left to refund"), refused.body());
        assertEquals(1, api.fixture("refunds", "id", String.valueOf(p.id())).lines().count(), "nothing more kept");
        assertEquals(new java.math.BigDecimal(before).subtract(new java.math.BigDecimal("1200.00")),
                new java.math.BigDecimal(api.fixture("balance", "account", String.valueOf(c.accountId()))));
        api.assertBooksSound();
    }

    @Test
    void importSettlements_postsTheDaysSettlementOnce_andListsIt_aSecondPressSaysAlreadyRecorded() throws Exception {
        Customer c = api.customer();
        java.time.LocalDate day = SettlementImportIT.ownDay();
        Map<String, Object> checkout = api.start(c, "{\"type\":\"DEPOSIT\",\"accountId\":" + c.accountId()
                + ",\"amount\":\"2500.00\"}");
        api.fixture("gateway-attempt", "order", order(checkout), "payment", api.fixture("new-payment-id"),
                "status", "captured", "paise", String.valueOf(paise(checkout)));
        assertEquals("SETTLED", api.fixture("reconcile", "id", String.valueOf(id(checkout))));
        assertEquals("1", api.fixture("backdate", "id", String.valueOf(id(checkout)), "day", day.toString()));
        String setl = "setl_sim_" + day.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        Map<String, String> days = Map.of("import:from", day.toString(), "import:to", day.plusDays(1).toString());

        Browser b = staff("accountant");
        HttpResponse<String> page = b.get(PAGE);
        assertTrue(page.body().contains("id=\"import:run\""), page.body());
        HttpResponse<String> done = press(b, page, "import", "import:run", days);
        assertEquals(200, done.statusCode());
        String imported = done.body().substring(done.body().indexOf("id=\"import:imported\""));
        assertTrue(imported.contains(setl) && imported.contains("posted now"), done.body());
        assertTrue(done.body().contains("1 posted now, 0 already recorded, 0 flagged"), done.body());
        // 2500.00 gross, fee 50.00 + GST 9.00, net 2441.00
        assertEquals("1100 D 2441.00, 1200 C 2500.00, 5200 D 59.00, 1", api.fixture("settlement-entries", "reference", setl));

        HttpResponse<String> page2 = b.get(PAGE);
        String settlements = page2.body().substring(page2.body().indexOf("id=\"settlement:settlements\""));
        assertTrue(settlements.contains(setl) && settlements.contains("gateway report"), settlements);
        HttpResponse<String> again = press(b, page2, "import", "import:run", days);
        assertTrue(again.body().contains("0 posted now, 1 already recorded"), again.body());
        assertEquals("1100 D 2441.00, 1200 C 2500.00, 5200 D 59.00, 1", api.fixture("settlement-entries", "reference", setl));
        api.assertBooksSound();
    }

    @Test
    void amountMismatch_isListedAsFlagged() throws Exception {
        Customer c = api.customer();
        Map<String, Object> checkout = api.startEmi(c, "PART", "800.00");
        PaymentApi.Delivery wrong = api.signed("payment.captured", order(checkout), api.fixture("new-payment-id"),
                paise(checkout) - 100, "INR");
        api.deliverOk(wrong);
        assertEquals("FLAGGED", api.awaitOutcome(wrong.eventId()));
        Browser b = staff("accountant");
        String html = b.get(PAGE).body();
        String flagged = html.substring(html.indexOf("id=\"recon:flagged\""), html.indexOf("id=\"recon:stuck\""));
        assertTrue(flagged.contains(order(checkout)), flagged);
        assertTrue(flagged.contains("our record says"), flagged);
        assertEquals(0, api.repayments(c));
    }
}
