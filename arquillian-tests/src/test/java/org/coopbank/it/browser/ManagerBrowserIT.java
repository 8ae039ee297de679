package org.coopbank.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.coopbank.it.Deployments;
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
 * The manager's screens in a desktop Chromium: KYC approval and rejection, a loan approved then disbursed, reversal
 * requests approved (balance restored) and refused to the manager who asked for it, the branch dashboard's charts.
 * Every decision passes a confirmation step; every screen is photographed and checked with axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ManagerBrowserIT {

    private static final By SIGN_IN = By.cssSelector("#login-form button[type=submit]");
    private static final By CONFIRMATION = By.id("confirmation");
    private static final By CONFIRM = By.id("approvals:confirm");
    private static final By MESSAGES = By.id("messages");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(BrowserFixtureServlet.class, ManagerFixtureServlet.class);
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
                URI.create(base() + "/bank-tests/fixtures/manager?" + q)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), action + ": " + r.body());
        return r.body().trim();
    }

    private String newManager() throws Exception {
        return BrowserTestSupport.fixture(base(), "staff", "roles", "manager");
    }

    private WebBrowser signedIn(String user) {
        WebBrowser b = browsers.open(base(), Viewport.DESKTOP);
        b.go("/admin/login");
        b.type(By.id("username"), user).type(By.id("password"), BrowserFixtureServlet.PASSWORD).clickAndWaitForNewPage(SIGN_IN);
        assertEquals("/admin/home", b.path());
        return b;
    }

    private WebBrowser approvals(String user) {
        WebBrowser b = signedIn(user);
        b.clickAndWaitForNewPage(By.linkText("Approvals"));
        assertEquals("/admin/manager/approvals", b.path());
        return b;
    }

    private static By button(String table, String rowText, String action) {
        return By.xpath("//*[@id='approvals:" + table + "']//tr[contains(., '" + rowText + "')]//button[contains(@id, ':"
                + action + "')]");
    }

    private static void waitFor(WebBrowser b, By by) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private static void waitForText(WebBrowser b, By by, String text) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    private static String review(WebBrowser b, By button) {
        b.find(button).click();
        waitFor(b, CONFIRMATION);
        return b.find(CONFIRMATION).getText();
    }

    @Test
    void aClerkEnteredCustomer_isApprovedByTheManager_andAnotherRejectedWithAReason() throws Exception {
        String approved = fixture("pending-customer");
        String rejected = fixture("pending-customer");
        WebBrowser b = approvals(newManager());
        b.screenshot("manager-approvals");
        b.assertAccessible("manager-approvals");

        String confirmation = review(b, button("customers", approved, "approve"));
        assertTrue(confirmation.contains(approved) && confirmation.contains("test.clerk"), confirmation);
        b.screenshot("manager-customer-approve-confirm");
        b.assertAccessible("manager-customer-approve-confirm");
        b.find(CONFIRM).click();
        waitForText(b, MESSAGES, "Customer " + approved + " approved.");
        assertTrue(b.findAll(button("customers", approved, "approve")).isEmpty(), "it left the queue");
        b.screenshot("manager-customer-approved");

        review(b, button("customers", rejected, "reject"));
        b.find(CONFIRM).click();
        waitForText(b, By.id("approvals:confirm-panel"), "a value is required");
        assertTrue(b.isPresent(button("customers", rejected, "reject")), "nothing rejected without a reason");
        b.type(By.id("approvals:reason"), "Address proof does not match the application");
        b.screenshot("manager-customer-reject-confirm");
        b.assertAccessible("manager-customer-reject-confirm");
        b.find(CONFIRM).click();
        waitForText(b, MESSAGES, "Customer " + rejected + " rejected.");
        assertTrue(b.findAll(button("customers", rejected, "reject")).isEmpty(), "it left the queue");
    }

    @Test
    void aClerkEnteredLoan_isApproved_thenDisbursedAfterAConfirmationShowingAmountAndAccount() throws Exception {
        String[] loan = fixture("applied-loan").split(" ");
        WebBrowser b = approvals(newManager());
        String confirmation = review(b, button("loans", loan[0], "approve"));
        assertTrue(confirmation.contains(loan[0]) && confirmation.contains("₹75,000.00"), confirmation);
        b.screenshot("manager-loan-approve-confirm");
        b.assertAccessible("manager-loan-approve-confirm");
        b.find(CONFIRM).click();
        waitForText(b, MESSAGES, "Loan " + loan[0] + " approved");

        confirmation = review(b, button("disbursements", loan[0], "disburse"));
        assertTrue(confirmation.contains("credit ₹75,000.00 to account " + loan[1]), confirmation);
        assertEquals("1000.00", fixture("balance", "account", loan[1]), "nothing moves before the confirmation");
        b.screenshot("manager-loan-disburse-confirm");
        b.assertAccessible("manager-loan-disburse-confirm");
        b.find(CONFIRM).click();
        waitForText(b, MESSAGES, "Loan " + loan[0] + " disbursed.");
        assertEquals("76000.00", fixture("balance", "account", loan[1]));
        assertTrue(b.findAll(button("disbursements", loan[0], "disburse")).isEmpty());
        b.screenshot("manager-loan-disbursed");
    }

    @Test
    void aReversalRequestedByACashier_isApproved_andTheBalanceRestored() throws Exception {
        String[] entry = fixture("reversal").split(" ");
        assertEquals("1250.00", fixture("balance", "account", entry[1]));
        WebBrowser b = approvals(newManager());
        String confirmation = review(b, button("reversals", entry[1], "approve"));
        assertTrue(confirmation.contains("entry " + entry[0]) && confirmation.contains("₹250.00")
                && confirmation.contains(entry[1]) && confirmation.contains("Keyed on the wrong account"), confirmation);
        b.screenshot("manager-reversal-approve-confirm");
        b.assertAccessible("manager-reversal-approve-confirm");
        b.find(CONFIRM).click();
        waitForText(b, MESSAGES, "approved: journal entry");
        assertEquals("1000.00", fixture("balance", "account", entry[1]));
        assertTrue(b.findAll(button("reversals", entry[1], "approve")).isEmpty());
        b.screenshot("manager-reversal-approved");
    }

    @Test
    void aManagerWhoAskedForAReversal_isRefusedItsApproval_andNothingChanges() throws Exception {
        String manager = newManager();
        String[] entry = fixture("reversal", "by", manager).split(" ");
        WebBrowser b = approvals(manager);
        review(b, button("reversals", entry[1], "approve"));
        b.find(CONFIRM).click();
        waitForText(b, MESSAGES, "cannot also approve it");
        assertEquals("1250.00", fixture("balance", "account", entry[1]), "a refusal changes nothing");
        assertTrue(b.findAll(CONFIRMATION).isEmpty(), "the confirmation is gone");
        assertTrue(b.isPresent(button("reversals", entry[1], "approve")), "the request stays in the queue");
        b.screenshot("manager-reversal-refused");
        b.assertAccessible("manager-reversal-refused");
    }

    @Test
    void theDashboard_drawsItsCharts_withTheFiguresAsTables() throws Exception {
        WebBrowser b = signedIn(newManager());
        b.clickAndWaitForNewPage(By.linkText("Branch dashboard"));
        assertEquals("/admin/manager/dashboard", b.path());
        for (String chart : new String[] {"position-chart", "overdue-chart"}) {
            new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(b.driver().executeScript("""
                    const c = document.querySelector('#' + arguments[0] + ' canvas');
                    if (!c || c.width === 0) return false;
                    const blank = document.createElement('canvas');
                    blank.width = c.width; blank.height = c.height;
                    return c.toDataURL() !== blank.toDataURL();""", chart)));
        }
        assertTrue(b.find(By.id("overdue-table")).getText().contains("61–90"));
        assertEquals(6, b.findAll(By.cssSelector("#position-table tbody tr")).size(), "six month ends");
        assertTrue(b.find(By.id("cash-balance")).getText().startsWith("₹"));
        b.screenshot("manager-dashboard");
        b.assertAccessible("manager-dashboard");
    }
}
