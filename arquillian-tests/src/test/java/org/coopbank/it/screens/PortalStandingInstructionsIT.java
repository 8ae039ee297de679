package org.coopbank.it.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.coopbank.it.Browser;
import org.coopbank.it.Deployments;
import org.coopbank.it.portal.PortalBank;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.json.Json;

/**
 * {@code /portal/standing-instructions} over HTTP: the owner sees their EMI auto-debit and their transfer (missed for
 * want of balance), account numbers masked, amounts in Indian grouping, linked from the loan page; another customer
 * sees none of it; a stranger gets the sign-in page. The customer cancels one (a confirmation, then a POST; audited),
 * a second cancel changes nothing, another customer's id is a 404 that changes nothing, on the page and through
 * {@code /api/portal/standing-instructions} alike, and the nightly job no longer pays a cancelled one; the customer
 * sets up a transfer and an EMI auto-debit (refusals shown, nothing made).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalStandingInstructionsIT {

    private static final String PAGE = "/portal/standing-instructions";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(ScreensFixtureServlet.class, PortalBank.class, PortalBank.Made.class,
                org.coopbank.it.batch.BatchProbe.class);
    }

    @ArquillianResource
    URL testWar;

    private String base;
    private ScreensClient fx;

    @BeforeEach
    void setUp() {
        base = "http://" + testWar.getHost() + ":" + testWar.getPort();
        fx = new ScreensClient(base);
    }

    private record Member(PortalBank.Made made, long emiId, long transferId) {
    }

    private Member member(String name) throws Exception {
        String line = fx.fixture("instructions", "name", name);
        String[] p = line.split(" ");
        int n = p.length;
        return new Member(PortalBank.Made.parse(String.join(" ", java.util.Arrays.copyOf(p, n - 2))),
                Long.parseLong(p[n - 2]), Long.parseLong(p[n - 1]));
    }

    private Browser signedIn(PortalBank.Made m) throws Exception {
        Browser b = new Browser(base);
        assertTrue(b.login("/portal/dashboard", "/portal/login", m.mobile(), PortalBank.PASSWORD));
        return b;
    }

    private static String masked(String number) {
        return "XXXX" + number.substring(number.length() - 4);
    }

    @Test
    void theOwner_seesTheirInstructions_masked_withTheLastOutcome_andTheLoanPageLinksThem() throws Exception {
        Member m = member("Standing Owner");
        Browser b = signedIn(m.made());
        HttpResponse<String> r = b.get(PAGE);
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertFalse(html.contains(m.made().savingsNumber()) || html.contains(m.made().currentNumber()),
                "no full account number");
        String emi = section(html, m.emiId());
        assertTrue(emi.contains("EMI of loan " + m.made().loanNumber()), emi);
        assertTrue(emi.contains(masked(m.made().savingsNumber())) && emi.contains("The EMI due") && emi.contains("Active"), emi);
        assertTrue(emi.contains("Not run yet"), emi);
        assertTrue(emi.contains("/portal/loans/" + m.made().loanId()), "links its loan");
        String transfer = section(html, m.transferId());
        assertTrue(transfer.contains("Transfer to account " + masked(m.made().savingsNumber())), transfer);
        assertTrue(transfer.contains(masked(m.made().currentNumber())), "paid from the current account, masked");
        assertTrue(transfer.contains("₹50,000.00") && transfer.contains("Every month"), transfer);
        assertTrue(transfer.contains("Not done: balance too low"), transfer);
        assertTrue(html.contains("href=\"/portal/standing-instructions\""), "the navigation links the page");

        String loan = b.get("/portal/loans/" + m.made().loanId()).body();
        assertTrue(loan.contains("id=\"auto-debit\"") && loan.contains(PAGE + "#si-" + m.emiId()), "the loan page links it");
        assertTrue(loan.contains("From " + masked(m.made().savingsNumber()) + " on each due date"), loan);
        String other = b.get("/portal/loans/" + m.made().freshLoanId()).body();
        assertFalse(other.contains("id=\"auto-debit\""), "a loan no instruction pays shows none");
    }

    @Test
    void anotherCustomer_seesNoneOfThem_andAStrangerIsAskedToSignIn() throws Exception {
        Member owner = member("Standing Holder");
        PortalBank.Made snooper = member("Standing Snooper").made();
        String html = signedIn(snooper).get(PAGE).body();
        assertFalse(html.contains("id=\"si-" + owner.emiId() + "\"") || html.contains("id=\"si-" + owner.transferId() + "\""),
                "another customer's instructions are not listed");
        assertFalse(html.contains(owner.made().loanNumber()) || html.contains(masked(owner.made().currentNumber())), html);
        assertTrue(Browser.isLoginPage(new Browser(base).get(PAGE)));
        assertEquals(404, signedIn(snooper).get("/portal/loans/" + owner.made().loanId()).statusCode(),
                "the owner's loan, linked from the owner's instruction, is a 404 for anyone else");
    }

    /** A customer of {@code si-window}: a monthly transfer of 1,000 from savings to current, first due {@code first}. */
    private record Window(long customerId, String mobile, long savingsId, String savingsNumber, long currentId,
                          String currentNumber, long siId, String first) {
    }

    private Window window(String name) throws Exception {
        String[] p = fx.fixture("si-window", "name", name).split(" ");
        return new Window(Long.parseLong(p[0]), p[1], Long.parseLong(p[2]), p[3], Long.parseLong(p[4]), p[5],
                Long.parseLong(p[6]), p[7]);
    }

    private Browser signedIn(Window w) throws Exception {
        Browser b = new Browser(base);
        assertTrue(b.login("/portal/dashboard", "/portal/login", w.mobile(), PortalBank.PASSWORD));
        return b;
    }

    /** "STATUS TRANSFERS_IN SOURCE_BALANCE STOP_AUDITS" of the instruction. */
    private String state(long id) throws Exception {
        return fx.fixture("si-state", "id", String.valueOf(id));
    }

    /** Posts the confirmation form of {@code page} ("Yes, cancel it") with the instruction id {@code id}. */
    private HttpResponse<String> confirmCancel(Browser b, HttpResponse<String> page, long id) throws Exception {
        return ScreensClient.submit(b, PAGE, page, "confirm", Map.of("confirm:id", String.valueOf(id),
                "confirm:yes", "Yes, cancel it"));
    }

    private static String location(HttpResponse<String> r) {
        assertTrue(r.statusCode() == 302 || r.statusCode() == 303, r.statusCode() + " " + r.body());
        String path = URI.create(r.headers().firstValue("Location").orElseThrow()).getPath();
        assertTrue(path.startsWith(PAGE), path);
        return path;
    }

    @Test
    void theCustomerCancels_afterAConfirmation_aSecondCancelChangesNothing_andTheNightlyJobNoLongerPaysIt() throws Exception {
        Window a = window("Cancel Owner");
        try {
            assertEquals("ACTIVE 0 10000.00 0", state(a.siId()));
            Browser b = signedIn(a);
            String list = b.get(PAGE).body();
            assertTrue(section(list, a.siId()).contains("id=\"cancel-" + a.siId() + "\""), "an active one offers Cancel");
            HttpResponse<String> confirm = b.get(PAGE + "?cancel=" + a.siId());
            assertEquals(200, confirm.statusCode());
            String dialog = confirm.body();
            assertTrue(dialog.contains("id=\"confirm-si\"") && dialog.contains("role=\"alertdialog\"")
                    && dialog.contains("Cancel this standing instruction?"), dialog);
            assertTrue(dialog.contains("₹1,000.00 from account " + masked(a.savingsNumber()) + " to account "
                    + masked(a.currentNumber())), "the confirmation says what stops, masked");
            assertFalse(dialog.contains(a.savingsNumber()) || dialog.contains(a.currentNumber()), "no full number");
            assertEquals("ACTIVE 0 10000.00 0", state(a.siId()), "opening the confirmation changes nothing");

            HttpResponse<String> done = confirmCancel(b, confirm, a.siId());
            String after = b.get(location(done)).body();
            assertTrue(after.contains("The standing instruction is cancelled"), after);
            String card = section(after, a.siId());
            assertTrue(card.contains("Cancelled") && !card.contains("id=\"cancel-" + a.siId() + "\""), card);
            assertEquals("STOPPED 0 10000.00 1", state(a.siId()), "stopped, audited once");

            // the same confirmation posted again (a second tab, a double click): refused, nothing changes
            HttpResponse<String> again = confirmCancel(b, confirm, a.siId());
            assertEquals(200, again.statusCode());
            assertTrue(again.body().contains("already cancelled: nothing was changed"), again.body());
            assertTrue(b.get(PAGE + "?cancel=" + a.siId()).body().contains("already cancelled: nothing was changed"));
            assertEquals("STOPPED 0 10000.00 1", state(a.siId()));

            // the nightly job on the transfer's date (and a month later) pays nothing
            assertTrue(fx.fixture("si-run", "date", a.first()).startsWith("COMPLETED"));
            assertTrue(fx.fixture("si-run", "date", java.time.LocalDate.parse(a.first()).plusMonths(1).toString())
                    .startsWith("COMPLETED"));
            assertEquals("STOPPED 0 10000.00 1", state(a.siId()), "no transfer made, the balance untouched");
        } finally {
            fx.fixture("si-stop", "id", String.valueOf(a.siId()));
        }
    }

    /** Posts the confirmation form of {@code page} ("Yes, …") with the instruction id {@code id}. */
    private HttpResponse<String> confirmStep(Browser b, HttpResponse<String> page, long id, String yes) throws Exception {
        return ScreensClient.submit(b, PAGE, page, "confirm", Map.of("confirm:id", String.valueOf(id), "confirm:yes", yes));
    }

    /** Where a monthly transfer first due on {@code first} goes on when resumed today: its first date on or after today. */
    private static java.time.LocalDate resumedFrom(String first) {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata"));
        java.time.LocalDate d = java.time.LocalDate.parse(first);
        while (d.isBefore(today)) {
            d = d.plusMonths(1); // the first date is at most the 20th: a month's end never clamps it
        }
        return d;
    }

    @Test
    void theCustomerPausesAndResumes_afterAConfirmation_theJobLeavesAPausedOneAlone_andTheApiDoesTheSame() throws Exception {
        Window a = window("Pause Owner");
        Window other = window("Pause Intruder");
        try {
            Browser b = signedIn(a);
            String card = section(b.get(PAGE).body(), a.siId());
            assertTrue(card.contains("id=\"pause-" + a.siId() + "\"") && !card.contains("id=\"resume-"), "an active one offers Pause");
            assertEquals(404, signedIn(other).get(PAGE + "?pause=" + a.siId()).statusCode(), "someone else's id");
            HttpResponse<String> confirm = b.get(PAGE + "?pause=" + a.siId());
            assertEquals(200, confirm.statusCode());
            String dialog = confirm.body();
            assertTrue(dialog.contains("id=\"confirm-si\"") && dialog.contains("Pause this standing instruction?")
                    && dialog.contains("skipped, not made up"), dialog);
            assertTrue(dialog.contains("₹1,000.00 from account " + masked(a.savingsNumber())), "says what pauses, masked");
            assertEquals("ACTIVE 0 10000.00 0", state(a.siId()), "opening the confirmation changes nothing");

            String after = b.get(location(confirmStep(b, confirm, a.siId(), "Yes, pause it"))).body();
            assertTrue(after.contains("The standing instruction is paused"), after);
            card = section(after, a.siId());
            assertTrue(card.contains("Paused") && card.contains("None while paused") && card.contains("id=\"resume-" + a.siId() + "\"")
                    && card.contains("id=\"cancel-" + a.siId() + "\"") && !card.contains("id=\"pause-"), card);
            assertEquals("PAUSED 0 10000.00 0", state(a.siId()));
            HttpResponse<String> twice = confirmStep(b, confirm, a.siId(), "Yes, pause it");
            assertTrue(twice.body().contains("already paused: nothing was changed"), twice.body());
            assertTrue(fx.fixture("si-run", "date", a.first()).startsWith("COMPLETED"));
            assertEquals("PAUSED 0 10000.00 0", state(a.siId()), "the nightly job leaves a paused one alone");

            // the API: someone else's is a 404, the owner's resumes from its first date on or after today
            String token = token(a);
            HttpResponse<String> stranger = api("POST", "/api/portal/standing-instructions/" + a.siId() + "/resume",
                    token(other), null);
            assertEquals(404, stranger.statusCode(), stranger.body());
            assertEquals("PAUSED 0 10000.00 0", state(a.siId()));
            HttpResponse<String> resumed = api("POST", "/api/portal/standing-instructions/" + a.siId() + "/resume", token, null);
            assertEquals(200, resumed.statusCode(), resumed.body());
            Map<String, Object> r = jsonMap(resumed.body());
            assertEquals("ACTIVE", r.get("status"));
            assertEquals(resumedFrom(a.first()).toString(), r.get("nextDate"), "the dates passed while paused are skipped");
            HttpResponse<String> again = api("POST", "/api/portal/standing-instructions/" + a.siId() + "/resume", token, null);
            assertEquals(409, again.statusCode(), again.body());
            assertProblem(again, "invalid-state");
            assertTrue(fx.fixture("si-run", "date", java.time.LocalDate.parse(a.first()).plusMonths(1).toString())
                    .startsWith("COMPLETED"));
            assertEquals("ACTIVE 0 10000.00 0", state(a.siId()), "a skipped date is not made up");

            // paused through the API, resumed on the page
            HttpResponse<String> pause = api("POST", "/api/portal/standing-instructions/" + a.siId() + "/pause", token, null);
            assertEquals(200, pause.statusCode(), pause.body());
            assertEquals("PAUSED", jsonMap(pause.body()).get("status"));
            assertEquals(409, api("POST", "/api/portal/standing-instructions/" + a.siId() + "/pause", token, null).statusCode());
            HttpResponse<String> ask = b.get(PAGE + "?resume=" + a.siId());
            assertTrue(ask.body().contains("Resume this standing instruction?"), ask.body());
            String back = b.get(location(confirmStep(b, ask, a.siId(), "Yes, resume it"))).body();
            assertTrue(back.contains("The standing instruction is resumed"), back);
            card = section(back, a.siId());
            assertTrue(card.contains("Active") && card.contains("id=\"pause-" + a.siId() + "\""), card);
            assertEquals("ACTIVE 0 10000.00 0", state(a.siId()));
            Map<String, Object> paths = jsonMap(api("GET", "/openapi?format=JSON", null, null).body());
            String documented = String.valueOf(paths.get("paths"));
            assertTrue(documented.contains("/api/portal/standing-instructions/{id}/pause")
                    && documented.contains("/api/portal/standing-instructions/{id}/resume"), "documented in OpenAPI");
        } finally {
            fx.fixture("si-stop", "id", String.valueOf(a.siId()));
            fx.fixture("si-stop", "id", String.valueOf(other.siId()));
        }
    }

    @Test
    void anotherCustomer_cannotCancelIt_onThePage_aTamperedIdIsA404_andNothingChanges() throws Exception {
        Window a = window("Cancel Victim");
        Window other = window("Cancel Intruder");
        try {
            Browser b = signedIn(other);
            assertEquals(404, b.get(PAGE + "?cancel=" + a.siId()).statusCode(), "someone else's id");
            assertEquals(404, b.get(PAGE + "?cancel=x1").statusCode(), "not an id");
            // their own confirmation, the id in the form changed to the victim's
            HttpResponse<String> own = b.get(PAGE + "?cancel=" + other.siId());
            assertEquals(404, confirmCancel(b, own, a.siId()).statusCode());
            assertEquals("ACTIVE 0 10000.00 0", state(a.siId()), "the victim's instruction unchanged");
            assertEquals("ACTIVE 0 10000.00 0", state(other.siId()), "and theirs too");
            // the victim's still runs: the nightly job pays it on its date
            assertTrue(fx.fixture("si-run", "date", a.first()).startsWith("COMPLETED"));
            assertEquals("ACTIVE 1 9000.00 0", state(a.siId()));
        } finally {
            fx.fixture("si-stop", "id", String.valueOf(a.siId()));
            fx.fixture("si-stop", "id", String.valueOf(other.siId()));
        }
    }

    @Test
    void theApi_listsMasked_cancelsOnce_answers404ForSomeoneElses_andSetsUpATransfer() throws Exception {
        Window a = window("Api Cancel Owner");
        Window other = window("Api Cancel Intruder");
        try {
            String token = token(a);
            String otherToken = token(other);
            HttpResponse<String> list = api("GET", "/api/portal/standing-instructions", token, null);
            assertEquals(200, list.statusCode(), list.body());
            assertFalse(list.body().contains(a.savingsNumber()) || list.body().contains(a.currentNumber()), list.body());
            List<Map<String, Object>> rows = jsonList(list.body());
            assertEquals(1, rows.size(), list.body());
            assertEquals(masked(a.savingsNumber()), rows.get(0).get("fromAccount"));
            assertEquals(masked(a.currentNumber()), rows.get(0).get("toAccount"));
            assertEquals("ACTIVE", rows.get(0).get("status"));
            assertFalse(api("GET", "/api/portal/standing-instructions", otherToken, null).body()
                    .contains("\"id\":" + a.siId() + ","), "not in another customer's list");

            HttpResponse<String> stranger = api("POST", "/api/portal/standing-instructions/" + a.siId() + "/cancel",
                    otherToken, null);
            assertEquals(404, stranger.statusCode(), stranger.body());
            assertProblem(stranger, "not-found");
            assertEquals(404, api("GET", "/api/portal/standing-instructions/" + a.siId(), otherToken, null).statusCode());
            assertEquals(401, api("POST", "/api/portal/standing-instructions/" + a.siId() + "/cancel", null, null)
                    .statusCode());
            assertEquals("ACTIVE 0 10000.00 0", state(a.siId()), "unchanged");

            HttpResponse<String> cancel = api("POST", "/api/portal/standing-instructions/" + a.siId() + "/cancel",
                    token, null);
            assertEquals(200, cancel.statusCode(), cancel.body());
            assertEquals("STOPPED", jsonMap(cancel.body()).get("status"));
            HttpResponse<String> twice = api("POST", "/api/portal/standing-instructions/" + a.siId() + "/cancel",
                    token, null);
            assertEquals(409, twice.statusCode(), twice.body());
            assertProblem(twice, "invalid-state");
            assertEquals("STOPPED 0 10000.00 1", state(a.siId()), "stopped once, audited once");
            assertTrue(fx.fixture("si-run", "date", a.first()).startsWith("COMPLETED"));
            assertEquals("STOPPED 0 10000.00 1", state(a.siId()), "the nightly job pays nothing");

            // set up: refusals change nothing, then a weekly transfer between the customer's own accounts
            String transfer = "{\"kind\":\"TRANSFER\",\"fromAccountId\":%d,\"toAccountId\":%d,\"amount\":\"%s\","
                    + "\"frequency\":\"WEEKLY\",\"firstDate\":\"%s\"}";
            String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")).plusDays(1).toString();
            HttpResponse<String> foreign = api("POST", "/api/portal/standing-instructions", token,
                    transfer.formatted(a.savingsId(), other.currentId(), "500.00", today));
            assertEquals(404, foreign.statusCode(), "to someone else's account: " + foreign.body());
            HttpResponse<String> bad = api("POST", "/api/portal/standing-instructions", token,
                    transfer.formatted(a.savingsId(), a.currentId(), "-5", today));
            assertEquals(400, bad.statusCode(), bad.body());
            assertProblem(bad, "invalid-amount");
            HttpResponse<String> past = api("POST", "/api/portal/standing-instructions", token,
                    transfer.formatted(a.savingsId(), a.currentId(), "500.00", "2001-01-01"));
            assertEquals(400, past.statusCode(), past.body());
            assertTrue(past.body().contains("firstDate"), past.body());
            assertEquals(1, jsonList(api("GET", "/api/portal/standing-instructions", token, null).body()).size(), "nothing set up by the refusals");
            HttpResponse<String> made = api("POST", "/api/portal/standing-instructions", token,
                    transfer.formatted(a.savingsId(), a.currentId(), "500.00", today));
            assertEquals(201, made.statusCode(), made.body());
            Map<String, Object> created = jsonMap(made.body());
            assertEquals("WEEKLY", created.get("frequency"));
            assertEquals(masked(a.savingsNumber()), created.get("fromAccount"));
            assertEquals(today, created.get("nextDate"));
            api("POST", "/api/portal/standing-instructions/" + ((Number) created.get("id")).longValue() + "/cancel",
                    token, null);

            Map<String, Object> paths = jsonMap(api("GET", "/openapi?format=JSON", null, null).body());
            String documented = String.valueOf(paths.get("paths"));
            assertTrue(documented.contains("/api/portal/standing-instructions/{id}/cancel")
                    && documented.contains("/api/portal/standing-instructions="), "documented in OpenAPI");
        } finally {
            fx.fixture("si-stop", "id", String.valueOf(a.siId()));
            fx.fixture("si-stop", "id", String.valueOf(other.siId()));
        }
    }

    @Test
    void theCustomerSetsUp_aTransferAndAnEmiAutoDebit_onThePage_refusalsShownAndNothingMade() throws Exception {
        Member m = member("Standing Setter");
        Browser b = signedIn(m.made());
        HttpResponse<String> page = b.get(PAGE);
        String html = page.body();
        assertTrue(html.contains("id=\"transfer\"") && html.contains("id=\"emi\""), "both set-up forms");
        assertFalse(html.contains(m.made().savingsNumber()) || html.contains(m.made().currentNumber()), "masked options");
        String emiForm = html.substring(html.indexOf("id=\"emi\""), html.indexOf("</form>", html.indexOf("id=\"emi\"")));
        assertTrue(emiForm.contains("value=\"" + m.made().freshLoanId() + "\""), "the loan without an auto-debit is offered");
        assertFalse(emiForm.contains("value=\"" + m.made().loanId() + "\""), "the loan already covered is not offered");
        int before = count(html, "class=\"panel si\"");

        HttpResponse<String> same = ScreensClient.submit(b, PAGE, page, "transfer", Map.of(
                "transfer:from", String.valueOf(m.made().currentId()), "transfer:to", String.valueOf(m.made().currentId()),
                "transfer:amount", "250", "transfer:frequency", "WEEKLY",
                "transfer:first", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")).plusDays(2).toString(),
                "transfer:save", "Set up the transfer"));
        assertEquals(200, same.statusCode());
        assertTrue(same.body().contains("To account: must differ from the source account"), same.body());
        HttpResponse<String> badAmount = ScreensClient.submit(b, PAGE, same, "transfer", Map.of(
                "transfer:from", String.valueOf(m.made().currentId()), "transfer:to", String.valueOf(m.made().savingsId()),
                "transfer:amount", "lots", "transfer:frequency", "WEEKLY", "transfer:first", "2099-01-01",
                "transfer:save", "Set up the transfer"));
        assertTrue(badAmount.body().contains("Amount: enter an amount in rupees"), badAmount.body());
        assertEquals(before, count(b.get(PAGE).body(), "class=\"panel si\""), "nothing made by the refusals");

        String first = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")).plusDays(2).toString();
        page = b.get(PAGE);
        HttpResponse<String> ok = ScreensClient.submit(b, PAGE, page, "transfer", Map.of(
                "transfer:from", String.valueOf(m.made().currentId()), "transfer:to", String.valueOf(m.made().savingsId()),
                "transfer:amount", "250", "transfer:frequency", "WEEKLY", "transfer:first", first,
                "transfer:save", "Set up the transfer"));
        String listed = b.get(location(ok)).body();
        assertTrue(listed.contains("The regular transfer is set up"), listed);
        assertEquals(before + 1, count(listed, "class=\"panel si\""));
        assertTrue(listed.contains("₹250.00") && listed.contains("Every week"), listed);

        HttpResponse<String> emi = ScreensClient.submit(b, PAGE, b.get(PAGE), "emi", Map.of(
                "emi:loan", String.valueOf(m.made().freshLoanId()), "emi:save", "Set up the auto-debit"));
        listed = b.get(location(emi)).body();
        assertTrue(listed.contains("The EMI auto-debit is set up"), listed);
        assertEquals(before + 2, count(listed, "class=\"panel si\""));
        assertFalse(listed.contains("id=\"emi\""), "no running loan left without an auto-debit");
        assertFalse(listed.contains(m.made().savingsNumber()) || listed.contains(m.made().currentNumber()), "masked");
    }

    private static int count(String html, String what) {
        int n = 0;
        for (int at = html.indexOf(what); at >= 0; at = html.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }

    private String token(Window w) throws Exception {
        HttpResponse<String> r = api("POST", "/api/portal/auth/login", null,
                "{\"mobile\":\"" + w.mobile() + "\",\"password\":\"" + PortalBank.PASSWORD + "\"}");
        assertEquals(200, r.statusCode(), r.body());
        return (String) jsonMap(r.body()).get("token");
    }

    private HttpResponse<String> api(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            rb.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            rb.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(rb.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Object> jsonMap(String body) {
        return new Json().toType(body, Json.MAP_TYPE);
    }

    private static List<Map<String, Object>> jsonList(String body) {
        return new Json().toType(body, Json.LIST_OF_MAPS_TYPE);
    }

    private static void assertProblem(HttpResponse<String> r, String code) {
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals("urn:coopbank:problem:" + code, jsonMap(r.body()).get("type"), r.body());
    }

    private static String section(String html, long id) {
        int at = html.indexOf("id=\"si-" + id + "\"");
        assertTrue(at >= 0, "instruction " + id + " listed");
        int end = html.indexOf("</section>", at);
        return html.substring(at, end);
    }
}
