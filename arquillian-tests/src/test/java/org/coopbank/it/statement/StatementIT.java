package org.coopbank.it.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coopbank.it.Browser;
import org.coopbank.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Statements end to end: a customer's history built through the services as of past business dates, the PDF
 * downloaded over HTTP by the signed-in customer and read back with PDFBox, its verification code checked (and
 * refused once anything is altered), another customer refused with "not found", and the staff side.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatementIT {

    private static final Pattern CODE = Pattern.compile("CBV-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(StatementIT.class, StatementFixtureServlet.class, Browser.class);
    }

    @ArquillianResource
    URL testWar;

    private String base;
    private final HttpClient http = HttpClient.newHttpClient();

    private String mobileA, idA, numberA, customerA, mobileB, idB, numberB, customerB;
    private LocalDate from, to;

    @BeforeEach
    void history() throws Exception {
        base = "http://" + testWar.getHost() + ":" + testWar.getPort();
        String[] h = fixture("history").split(" ");
        mobileA = h[0]; idA = h[1]; numberA = h[2]; customerA = h[3];
        mobileB = h[4]; idB = h[5]; numberB = h[6]; customerB = h[7];
        from = LocalDate.parse(h[8]);
        to = LocalDate.parse(h[9]);
    }

    @Test
    void theCustomersStatement_showsBalancesTotalsAndEveryLineOfThePeriod_maskedOnly_andItsCodeChecksOut() throws Exception {
        Browser a = customer(mobileA);
        HttpResponse<byte[]> r = a.getBytes(download(idA, from, to));
        assertEquals(200, r.statusCode());
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
        String masked = "XXXX" + numberA.substring(numberA.length() - 4);
        assertEquals("attachment; filename=\"statement-" + masked + "-" + from + "-" + to + ".pdf\"",
                r.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));

        String text;
        int pages;
        try (PDDocument pdf = Loader.loadPDF(r.body())) {
            pages = pdf.getNumberOfPages();
            text = new PDFTextStripper().getText(pdf);
        }
        assertTrue(text.contains("Opening balance Rs. 8,765.50"), text);
        assertTrue(text.contains("Closing balance Rs. 11,365.24"), text);
        assertTrue(text.contains("5 Rs. 1,000.25 Rs. 3,599.99 Rs. 11,365.24"), "count, debits, credits, closing: " + text);
        for (String line : new String[] {"2,500.00 11,265.50", "700.25 10,565.25", "99.99 10,665.24",
                "1,000.00 11,665.24", "300.00 11,365.24"}) {
            assertTrue(text.contains(line), "the line " + line + " in " + text);
        }
        assertFalse(text.contains("1,234.50"), "a line before the period is not listed");
        assertFalse(text.contains("4,444.44"), "a line after the period is not listed");
        assertTrue(text.contains(masked), "the masked number");
        assertFalse(text.contains(numberA), "never the full number, narrations included");
        assertFalse(text.contains(numberB), "nor another account's");
        assertTrue(text.contains("Page 1 of " + pages), text);
        Matcher m = CODE.matcher(text);
        assertTrue(m.find(), "a verification code: " + text);
        String code = m.group();
        assertEquals(pages, count(text, "Verification code " + code), "the code on every page");

        assertEquals("genuine " + numberA + " 11365.24", verify(masked, from, to, "11365.24", code));
        assertEquals("genuine " + numberA + " 11365.24", verify(numberA, from, to, "11365.240", code.toLowerCase()));
        assertEquals("no-match", verify(masked, from, to, "11365.25", code), "closing balance altered");
        assertEquals("no-match", verify(masked, from, to.plusDays(1), "11365.24", code), "period altered");
        assertEquals("no-match", verify(masked, from.minusDays(1), to, "11365.24", code), "period altered");
        assertEquals("no-match", verify(masked, from, to, "11365.24", altered(code)), "code altered");
        assertEquals("no-match", verify(numberB, from, to, "11365.24", code), "another account");
        assertEquals("refused ValidationFailedException", verify(masked, from, to, "11365.24", "CBV-1234"));
    }

    @Test
    void anotherCustomersAccount_isNotFound_likeAMissingOne() throws Exception {
        Browser b = customer(mobileB);
        assertEquals(404, b.getBytes(download(idA, from, to)).statusCode());
        assertEquals(404, b.getBytes(download("987654321", from, to)).statusCode());
        assertEquals(200, b.getBytes(download(idB, from, to)).statusCode(), "B's own account");
        assertEquals("refused NotFoundException", fixture("summary", "customer", customerB, "account", idA,
                "from", from.toString(), "to", to.toString()));
        assertTrue(fixture("summary", "customer", customerA, "account", idA, "from", from.toString(), "to", to.toString())
                .contains("closing=11365.24"));
        assertEquals("refused AccessDeniedException", fixture("summary", "role", "cashier", "account", idA,
                "from", from.toString(), "to", to.toString()), "staff other than clerk, manager, accountant");
    }

    @Test
    void badInput_is400WithAPlainMessage_andNobodySignedIn_getsTheLoginPage() throws Exception {
        Browser a = customer(mobileA);
        for (String bad : new String[] {
                "/portal/statements/download?account=" + idA + "&from=yesterday&to=" + to,
                "/portal/statements/download?account=x&from=" + from + "&to=" + to,
                "/portal/statements/download?account=" + idA,
                download(idA, to, from),
                download(idA, from, LocalDate.now().plusYears(2)),
                download(idA, from.minusYears(1), to)}) {
            HttpResponse<String> r = a.get(bad);
            assertEquals(400, r.statusCode(), bad);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), bad);
            assertTrue(r.body().startsWith("The statement could not be made."), r.body());
        }
        assertTrue(Browser.isLoginPage(new Browser(base).get(download(idA, from, to))), "signed out: the login page");
    }

    @Test
    void staff_downloadAnyStatementFromThe360View_andCheckStatementsOnTheirScreen() throws Exception {
        Browser clerk = staff("clerk");
        HttpResponse<byte[]> pdf = clerk.getBytes("/admin/clerk/statement?account=" + idA + "&from=" + from + "&to=" + to);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(clerk.get("/admin/clerk/customer?id=" + customerA).body()
                .contains("/admin/clerk/statement?account=" + idA), "the 360 view links the statement");
        String code;
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            Matcher m = CODE.matcher(new PDFTextStripper().getText(doc));
            assertTrue(m.find());
            code = m.group();
        }
        String masked = "XXXX" + numberA.substring(numberA.length() - 4);
        String genuine = checkOnScreen(clerk, masked, "11365.24", code);
        assertTrue(genuine.contains("Genuine: this bank issued this statement for account " + numberA), genuine);
        String forged = checkOnScreen(staff("accountant"), masked, "91365.24", code);
        assertTrue(forged.contains("Does not match"), forged);
        assertFalse(forged.contains(numberA), "a failed check names no account");
        for (String role : new String[] {"clerk", "manager", "accountant"}) {
            Browser s = role.equals("clerk") ? clerk : staff(role);
            HttpResponse<String> page = s.get("/admin/clerk/statement-check");
            assertEquals(200, page.statusCode(), role);
            assertTrue(page.body().contains("id=\"check:code\""), role + ": " + page.body());
            assertTrue(s.get("/admin/home").body().contains("/admin/clerk/statement-check"), role + ": the menu");
        }
        Browser cashier = staff("cashier");
        assertEquals(403, cashier.get("/admin/clerk/statement-check").statusCode());
        assertFalse(cashier.get("/admin/home").body().contains("/admin/clerk/statement-check"));
        assertEquals(403, staff("manager").getBytes("/admin/clerk/statement?account=" + idA).statusCode(),
                "the download sits in the clerk's area");
    }

    /** Fills in and submits the statement check form as a browser would (a plain POST with the view state). */
    private String checkOnScreen(Browser staff, String account, String closing, String code) throws Exception {
        HttpResponse<String> page = staff.get("/admin/clerk/statement-check");
        Matcher vs = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(vs.find(), page.body());
        HttpResponse<String> r = staff.post("/admin/clerk/statement-check", java.util.Map.of("check", "check",
                "check:account", account, "check:from", from.toString(), "check:to", to.toString(),
                "check:closingBalance", closing, "check:code", code, "check:verify", "check:verify",
                "jakarta.faces.ViewState", vs.group(1)));
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private Browser customer(String mobile) throws Exception {
        Browser b = new Browser(base);
        assertTrue(b.login("/portal/dashboard", "/portal/login", mobile, StatementFixtureServlet.PASSWORD), "sign-in of " + mobile);
        return b;
    }

    private Browser staff(String role) throws Exception {
        String user = fixture("staff", "role", role);
        Browser b = new Browser(base);
        assertTrue(b.login("/admin/home", "/admin/login", user, StatementFixtureServlet.PASSWORD), "sign-in of " + user);
        return b;
    }

    private static String download(String account, LocalDate from, LocalDate to) {
        return "/portal/statements/download?account=" + account + "&from=" + from + "&to=" + to;
    }

    private String verify(String account, LocalDate from, LocalDate to, String closing, String code) throws Exception {
        return fixture("verify", "account", account, "from", from.toString(), "to", to.toString(), "closing", closing,
                "code", code);
    }

    private String fixture(String action, String... params) throws Exception {
        StringBuilder q = new StringBuilder("do=").append(action);
        for (int i = 0; i + 1 < params.length; i += 2) {
            q.append('&').append(params[i]).append('=').append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/bank-tests/fixtures/statement?" + q))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), action + ": " + r.body());
        return r.body().trim();
    }

    private static String altered(String code) {
        char last = code.charAt(code.length() - 1);
        return code.substring(0, code.length() - 1) + (last == '9' ? '8' : '9');
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
