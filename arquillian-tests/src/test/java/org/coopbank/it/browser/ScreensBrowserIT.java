package org.coopbank.it.browser;

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
import java.time.Duration;
import java.util.Arrays;
import org.coopbank.it.Deployments;
import org.coopbank.it.portal.PortalBank;
import org.coopbank.it.screens.ScreensFixtureServlet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 14's screens in Chromium, photographed and checked with axe: the manager's floating-rate change on a desktop
 * (find, a refused rate, review, confirm, pending in the list) and the approvals list with a loan to be paid out
 * elsewhere; the customer's standing instructions and the loan page linking them on a phone, cancelling one after
 * the confirmation, and the set-up forms.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScreensBrowserIT {

    private static final By MESSAGES = By.id("messages");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(ScreensFixtureServlet.class, PortalBank.class, PortalBank.Made.class,
                org.coopbank.it.batch.BatchProbe.class);
    }

    @ArquillianResource
    URL testWar;

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private String base() {
        return BrowserTestSupport.base(testWar);
    }

    private String fixture(String action, String... params) throws Exception {
        StringBuilder q = new StringBuilder("do=").append(action);
        for (int i = 0; i + 1 < params.length; i += 2) {
            q.append('&').append(params[i]).append('=').append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base() + "/bank-tests/fixtures/screens?" + q)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), action + ": " + r.body());
        return r.body().trim();
    }

    private WebBrowser manager() throws Exception {
        String user = fixture("staff", "roles", "manager");
        WebBrowser b = browsers.open(base(), Viewport.DESKTOP);
        b.go("/admin/login");
        b.type(By.id("username"), user).type(By.id("password"), ScreensFixtureServlet.PASSWORD)
                .clickAndWaitForNewPage(By.cssSelector("#login-form button[type=submit]"));
        assertEquals("/admin/home", b.path());
        return b;
    }

    private static void waitFor(WebBrowser b, By by) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private static void waitForText(WebBrowser b, By by, String text) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    @Test
    void theManager_changesAFloatingRate_afterARefusalAndAReview() throws Exception {
        String[] loan = fixture("floating", "name", "Floating Farmer").split(" ");
        WebBrowser b = manager();
        b.clickAndWaitForNewPage(By.linkText("Floating-rate change"));
        assertEquals("/admin/manager/rate-change", b.path());
        b.type(By.id("rate:query"), loan[1]);
        b.find(By.id("rate:search")).click();
        waitFor(b, By.id("rate:loans:0:change"));
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d -> b.findAll(By.cssSelector("#rate\\:loans tbody tr")).size() == 1);
        b.screenshot("manager-rate-change-found");
        b.assertAccessible("manager-rate-change-found");

        b.find(By.id("rate:loans:0:change")).click();
        waitFor(b, By.id("rate:annualRate"));
        b.type(By.id("rate:annualRate"), "40");
        b.find(By.cssSelector("input[value='KEEP_EMI']")).click();
        b.find(By.id("rate:review")).click();
        waitForText(b, By.id("rate:change-panel"), "must be between 0 and 36");
        assertTrue(b.findAll(By.id("confirmation")).isEmpty(), "no review of a refused rate");
        b.screenshot("manager-rate-change-refused");
        b.assertAccessible("manager-rate-change-refused");

        b.type(By.id("rate:annualRate"), "10.75");
        b.find(By.id("rate:review")).click();
        waitFor(b, By.id("confirmation"));
        String confirmation = b.find(By.id("confirmation")).getText();
        assertTrue(confirmation.contains("from 12 % to 10.75 %") && confirmation.contains("The EMI stays ₹11,297.63")
                && confirmation.contains("the last one of ₹"), confirmation);
        b.screenshot("manager-rate-change-review");
        b.assertAccessible("manager-rate-change-review");

        b.find(By.id("rate:confirm")).click();
        waitForText(b, MESSAGES, "now runs at 10.75 % p.a.");
        assertEquals("10.75 1", fixture("rate", "loan", loan[0]));
        assertTrue(b.find(By.id("rate:changes")).getText().contains(loan[1]));
        b.screenshot("manager-rate-change-done");
        b.assertAccessible("manager-rate-change-done");
    }

    @Test
    void theApprovals_showALoanToBePaidOutElsewhere_withoutADisburseButton() throws Exception {
        String payout = fixture("payout-loan", "name", "Payout Member");
        WebBrowser b = manager();
        b.clickAndWaitForNewPage(By.linkText("Approvals"));
        By row = By.xpath("//*[@id='approvals:disbursements']//tr[contains(., '" + payout + "')]");
        assertTrue(b.find(row).getText().contains("hourly loan-disbursement run"), b.find(row).getText());
        assertTrue(b.findAll(By.xpath("//*[@id='approvals:disbursements']//tr[contains(., '" + payout
                + "')]//button")).isEmpty(), "no Disburse button");
        b.driver().executeScript("document.getElementById('disburse-h').scrollIntoView()");
        b.screenshot("manager-approvals-payout-loan");
        b.assertAccessible("manager-approvals-payout-loan");
    }

    @Test
    void aMember_seesTheirStandingInstructions_onAPhone_andFindsThemFromTheLoan() throws Exception {
        String[] p = fixture("instructions", "name", "Standing Phone").split(" ");
        PortalBank.Made m = PortalBank.Made.parse(String.join(" ", Arrays.copyOf(p, p.length - 2)));
        String emiId = p[p.length - 2];
        WebBrowser b = browsers.open(base(), Viewport.PHONE);
        BrowserTestSupport.signIn(b, m);
        b.go("/portal/loans/" + m.loanId());
        assertTrue(b.find(By.id("auto-debit")).getText().contains("XXXX"), "the loan shows its auto-debit, masked");
        b.screenshot("portal-loan-auto-debit-phone");
        b.clickAndWaitForNewPage(By.cssSelector("#auto-debit a"));
        assertTrue(b.path().startsWith("/portal/standing-instructions"), b.path());
        assertFalse(b.html().contains(m.savingsNumber()) || b.html().contains(m.currentNumber()), "numbers masked");
        assertTrue(b.find(By.id("si-" + emiId)).getText().contains("EMI of loan " + m.loanNumber()));
        assertTrue(b.text().contains("Not done: balance too low") && b.text().contains("₹50,000.00"), b.text());
        int[] size = b.viewportSize();
        assertTrue(size[0] <= 420, "a phone-sized window: " + size[0]);
        assertEquals(Boolean.FALSE, b.driver().executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth"), "no sideways scroll");
        b.driver().executeScript("window.scrollTo(0, 0)");
        b.screenshot("portal-standing-instructions-phone");
        b.assertAccessible("portal-standing-instructions-phone");

        // pausing the EMI auto-debit: the confirmation, the paused card, the loan page says so; then resumed
        b.clickAndWaitForNewPage(By.id("pause-" + emiId));
        assertTrue(b.find(By.id("confirm-si")).getText().contains("Pause this standing instruction?"), b.text());
        b.clickAndWaitForNewPage(By.id("confirm:yes"));
        waitForText(b, MESSAGES, "The standing instruction is paused");
        String pausedCard = b.find(By.id("si-" + emiId)).getText();
        assertTrue(pausedCard.contains("Paused") && pausedCard.contains("Pay it yourself"), pausedCard);
        assertEquals(Boolean.FALSE, b.driver().executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth"), "no sideways scroll");
        b.driver().executeScript("document.getElementById('si-" + emiId + "').scrollIntoView()");
        b.screenshot("portal-standing-instructions-paused-phone");
        b.assertAccessible("portal-standing-instructions-paused-phone");
        b.go("/portal/loans/" + m.loanId());
        assertTrue(b.find(By.id("auto-debit")).getText().startsWith("Paused"), b.find(By.id("auto-debit")).getText());
        b.go("/portal/standing-instructions");
        b.clickAndWaitForNewPage(By.id("resume-" + emiId));
        b.clickAndWaitForNewPage(By.id("confirm:yes"));
        waitForText(b, MESSAGES, "The standing instruction is resumed");
        assertTrue(b.find(By.id("si-" + emiId)).getText().contains("Active"), b.text());

        // cancelling the transfer: the confirmation first, then the POST
        String transferId = p[p.length - 1];
        b.clickAndWaitForNewPage(By.id("cancel-" + transferId));
        assertTrue(b.find(By.id("confirm-si")).getText().contains("Cancel this standing instruction?"), b.text());
        assertFalse(b.html().contains(m.savingsNumber()) || b.html().contains(m.currentNumber()), "numbers masked");
        assertEquals(Boolean.FALSE, b.driver().executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth"), "no sideways scroll");
        b.driver().executeScript("window.scrollTo(0, 0)");
        b.screenshot("portal-standing-instructions-cancel-phone");
        b.assertAccessible("portal-standing-instructions-cancel-phone");
        b.clickAndWaitForNewPage(By.id("confirm:yes"));
        waitForText(b, MESSAGES, "The standing instruction is cancelled");
        assertTrue(b.find(By.id("si-" + transferId)).getText().contains("Cancelled"), b.text());
        assertFalse(b.isPresent(By.id("cancel-" + transferId)), "no Cancel on a cancelled one");
        b.driver().executeScript("window.scrollTo(0, 0)");
        b.screenshot("portal-standing-instructions-cancelled-phone");

        // the set-up forms on the phone
        b.driver().executeScript("document.getElementById('setup').scrollIntoView()");
        b.screenshot("portal-standing-instructions-setup-phone");
        b.assertAccessible("portal-standing-instructions-setup-phone");
    }
}
