package org.coopbank.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.coopbank.it.Deployments;
import org.coopbank.it.portal.PortalBank;
import org.coopbank.it.portal.PortalFixtureServlet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The customer portal on a phone (360 px) and on a desktop, as a member uses it: dashboard, an account's history with
 * a date filter and paging, a loan's schedule and the prepayment what-if, the FDs, statements, the profile (a nominee
 * update, and a refused e-mail), the alerts, and sign-out. Every page: no sideways scrolling on the phone, account
 * numbers masked, axe-core without serious or critical findings, a screenshot.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalBrowserIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(PortalFixtureServlet.class, PortalBank.class, PortalBank.Made.class);
    }

    @ArquillianResource
    URL testWar;

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private PortalBank.Made customer(String base, String name) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                        + "/bank-tests/fixtures/portal?name=" + name.replace(" ", "+")))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return PortalBank.Made.parse(r.body());
    }

    private static WebBrowser signIn(WebBrowser b, PortalBank.Made m) {
        b.go("/portal/login");
        b.type(By.name("username"), m.mobile()).type(By.name("password"), PortalBank.PASSWORD)
                .clickAndWaitForNewPage(By.cssSelector("#login-form button[type=submit]"));
        assertEquals("/portal/dashboard", b.path());
        return b;
    }

    private static void check(WebBrowser b, PortalBank.Made m, String name) {
        for (String full : List.of(m.savingsNumber(), m.currentNumber())) {
            assertFalse(b.html().contains(full), name + ": the full account number " + full + " is on the page");
        }
        if (b.viewport() == Viewport.PHONE) {
            Object overflow = b.driver().executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertEquals(0L, ((Number) overflow).longValue(), name + " scrolls sideways on a phone");
        }
        // the menu marks the page shown, and on a phone its one scrolling row brings that entry into view
        Object tab = b.driver().executeScript("""
                var n = document.querySelector('.tabs'); if (!n) { return 'no menu'; }
                var a = n.querySelectorAll('a[aria-current="page"]'); if (a.length === 0) { return 'none'; }
                if (a.length > 1) { return a.length + ' entries current'; }
                var r = a[0].getBoundingClientRect(), v = n.getBoundingClientRect();
                return r.left >= v.left - 1 && r.right <= v.right + 1 ? 'ok' : a[0].textContent + ' out of view';""");
        assertTrue(List.of("ok", "none", "no menu").contains(tab), name + ": menu " + tab);
        b.screenshot(name);
        b.assertAccessible(name);
    }

    private static void assertCurrentTab(WebBrowser b, String label) {
        assertEquals(label, b.find(By.cssSelector(".tabs a[aria-current=page]")).getText().trim());
    }

    private static String masked(String full) {
        return "XXXX" + full.substring(full.length() - 4);
    }

    @Test
    void aMemberOnAPhone_readsDashboardHistoryLoanFdAndAlerts_thenSignsOut() throws Exception {
        String base = BrowserTestSupport.base(testWar);
        PortalBank.Made m = customer(base, "Phone Member");
        WebBrowser b = signIn(browsers.open(base, Viewport.PHONE), m);

        String accounts = b.find(By.id("accounts")).getText();
        assertTrue(accounts.contains(masked(m.savingsNumber())) && accounts.contains(masked(m.currentNumber())), accounts);
        assertTrue(b.find(By.id("total-balance")).getText().matches("₹[\\d,]+\\.\\d\\d"), "Indian grouping");
        assertTrue(b.find(By.id("loans")).getText().contains("Overdue"), "the unpaid first EMI shows as overdue");
        assertEquals(5, b.findAll(By.cssSelector("#recent li")).size());
        check(b, m, "portal-dashboard-phone");

        // an account's history: 25 a page, the next page, then a date filter
        b.go("/portal/accounts");
        check(b, m, "portal-accounts-phone");
        b.go("/portal/accounts/" + m.savingsId());
        assertEquals(25, b.findAll(By.cssSelector("#history tbody tr")).size());
        check(b, m, "portal-account-history-phone");
        b.clickAndWaitForNewPage(By.id("next"));
        assertTrue(b.findAll(By.cssSelector("#history tbody tr")).size() > 0);
        assertTrue(b.isPresent(By.id("previous")));
        String from = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")).minusDays(30).toString();
        String to = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")).minusDays(10).toString();
        b.go("/portal/accounts/" + m.savingsId() + "?from=" + from + "&to=" + to);
        int inWindow = b.findAll(By.cssSelector("#history tbody tr")).size();
        assertTrue(inWindow > 0 && inWindow < 25, "only the period's rows: " + inWindow);
        assertFalse(b.isPresent(By.id("next")));
        check(b, m, "portal-account-history-filtered-phone");
        b.go("/portal/accounts/" + m.savingsId() + "?from=" + to + "&to=" + from);
        assertTrue(b.find(By.cssSelector("[role=alert]")).getText().contains("start must not be after the end"));

        // the loan: schedule with states, and the what-if (nothing posted)
        b.go("/portal/loans");
        check(b, m, "portal-loans-phone");
        b.go("/portal/loans/" + m.loanId());
        assertEquals(12, b.findAll(By.cssSelector("#schedule tbody tr")).size());
        assertTrue(b.find(By.cssSelector("#schedule tbody tr")).getText().contains("Overdue"));
        check(b, m, "portal-loan-overdue-phone");
        b.type(By.id("whatif:amount"), "10000");
        b.find(By.id("whatif:preview")).click();
        new WebDriverWait(b.driver(), java.time.Duration.ofSeconds(10)).until(d -> !d.findElements(By.className("msg-error")).isEmpty());
        assertTrue(b.find(By.className("msg-error")).getText().contains("before a prepayment"), "the core's reason is shown");
        b.go("/portal/loans/" + m.freshLoanId());
        String outstanding = b.find(By.id("outstanding")).getText();
        b.type(By.id("whatif:amount"), "10000");
        b.find(By.id("whatif:preview")).click();
        new WebDriverWait(b.driver(), java.time.Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("plan-REDUCE_EMI")).isEmpty());
        assertTrue(b.find(By.id("plan-REDUCE_TENURE")).getText().contains("Interest you save"));
        check(b, m, "portal-loan-whatif-phone");
        b.go("/portal/loans/" + m.freshLoanId());
        assertEquals(outstanding, b.find(By.id("outstanding")).getText(), "the what-if posted nothing");

        b.go("/portal/fd");
        assertTrue(b.find(By.id("deposits")).getText().contains("If closed today you would receive"));
        check(b, m, "portal-fd-phone");

        b.go("/portal/statements");
        assertEquals(2, b.findAll(By.cssSelector("#account option")).size());
        assertCurrentTab(b, "Statements"); // the menu's last-but-two entry: off a 360 px row unless scrolled to
        check(b, m, "portal-statements-phone");
        java.nio.file.Path pdf = b.clickAndAwaitDownload(By.id("download"), ".pdf");
        byte[] bytes = java.nio.file.Files.readAllBytes(pdf);
        assertTrue(bytes.length > 1000 && new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"),
                "a PDF statement was downloaded: " + pdf.getFileName());
        assertTrue(pdf.getFileName().toString().matches("statement-XXXX\\d{4}-.*\\.pdf"), pdf.getFileName().toString());

        b.go("/portal/notifications");
        check(b, m, "portal-notifications-phone");

        // sign-out is a POST; afterwards every page asks to sign in again
        b.clickAndWaitForNewPage(By.id("sign-out"));
        assertTrue(b.text().contains("You have signed out."));
        b.go("/portal/accounts/" + m.savingsId());
        assertTrue(b.isPresent(By.id("login-form")));
    }

    @Test
    void profile_nomineeUpdate_isSaved_andABadEmailIsRefusedBesideTheForm() throws Exception {
        String base = BrowserTestSupport.base(testWar);
        PortalBank.Made m = customer(base, "Profile Member");
        WebBrowser b = signIn(browsers.open(base, Viewport.PHONE), m);
        b.go("/portal/profile");
        b.type(By.id("profile:nomineeName"), "Lakshmi Member").type(By.id("profile:nomineeRelation"), "Mother")
                .clickAndWaitForNewPage(By.id("profile:save"));
        assertTrue(b.text().contains("Your profile was saved."), b.text());
        assertEquals("Lakshmi Member", b.find(By.id("profile:nomineeName")).getAttribute("value"));
        check(b, m, "portal-profile-saved-phone");

        b.type(By.id("profile:email"), "member@localhost").clickAndWaitForNewPage(By.id("profile:save"));
        assertTrue(b.find(By.className("msg-error")).getText().startsWith("E-mail:"), b.text());
        check(b, m, "portal-profile-refused-phone");
        b.go("/portal/profile");
        assertFalse("member@localhost".equals(b.find(By.id("profile:email")).getAttribute("value")), "nothing saved");
    }

    @Test
    void onADesktop_theDashboardUsesTwoColumns_andSomeoneElsesAccountIsNotFound() throws Exception {
        String base = BrowserTestSupport.base(testWar);
        PortalBank.Made mine = customer(base, "Desk Member");
        PortalBank.Made other = customer(base, "Other Member");
        WebBrowser b = signIn(browsers.open(base, Viewport.DESKTOP), mine);
        check(b, mine, "portal-dashboard-desktop");
        b.go("/portal/loans/" + mine.loanId());
        check(b, mine, "portal-loan-desktop");
        b.go("/portal/accounts/" + other.savingsId());
        assertFalse(b.html().contains(masked(other.savingsNumber())), "nothing of the other customer's account");
        assertTrue(b.title().isEmpty() || !b.title().contains("Savings"), b.title());
    }
}
