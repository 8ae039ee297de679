package org.coopbank.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A withdrawal above the approval limit (₹2,00,000): the cashier's confirmation says it goes to a manager, nothing is
 * paid out, the request waits in the cashier's list; a manager approves it after a confirmation showing amount,
 * account, customer, balance and maker; the cashier then sees it approved, with the receipt. Screenshots and axe on
 * every step.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WithdrawalApprovalBrowserIT {

    private static final By SIGN_IN = By.cssSelector("#login-form button[type=submit]");
    private static final By MESSAGES = By.id("messages");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(BrowserFixtureServlet.class, ManagerFixtureServlet.class);
    }

    @ArquillianResource
    URL testWar;

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private WebBrowser signedIn(String base, String user) {
        WebBrowser b = browsers.open(base, Viewport.DESKTOP);
        b.go("/admin/login");
        b.type(By.id("username"), user).type(By.id("password"), BrowserFixtureServlet.PASSWORD).clickAndWaitForNewPage(SIGN_IN);
        assertEquals("/admin/home", b.path());
        return b;
    }

    private static void waitForText(WebBrowser b, By by, String text) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Clicks a button once it is in the middle of the window and clickable (a confirmation panel may open low). */
    private static void click(WebBrowser b, By by) {
        WebElement e = b.find(by);
        b.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        new WebDriverWait(b.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private static void check(WebBrowser b, String name) {
        b.screenshot(name);
        b.assertAccessible(name);
    }

    private static String balance(String base, String account) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/bank-tests/fixtures/manager?do=balance&account=" + account))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body().trim();
    }

    @Test
    void aWithdrawalAboveTheLimit_goesToAManager_isApproved_andTheCashierSeesItApprovedWithAReceipt() throws Exception {
        String base = BrowserTestSupport.base(testWar);
        String account = BrowserTestSupport.fixture(base, "savings", "balance", "300000.00");
        String cashierUser = BrowserTestSupport.fixture(base, "staff", "roles", "cashier");
        String managerUser = BrowserTestSupport.fixture(base, "staff", "roles", "manager");

        // the cashier enters ₹2,50,000: the review says it needs a manager; confirming files it, paying nothing
        WebBrowser cashier = signedIn(base, cashierUser);
        cashier.clickAndWaitForNewPage(By.linkText("Cash deposit and withdrawal"));
        cashier.type(By.id("cash:account"), account);
        click(cashier, By.id("cash:find"));
        cashier.find(By.id("holder"));
        click(cashier, By.cssSelector("label[for='cash:kind:1']"));
        cashier.type(By.id("cash:amount"), "250000");
        click(cashier, By.id("cash:review"));
        String note = cashier.find(By.id("approval-note")).getText();
        assertTrue(note.contains("Above the approval limit of ₹2,00,000.00"), note);
        String confirmation = cashier.find(By.id("confirmation")).getText();
        assertTrue(confirmation.contains("₹2,50,000.00") && confirmation.contains(account), confirmation);
        check(cashier, "withdrawal-approval-cashier-confirm");
        click(cashier, By.id("cash:confirm"));
        waitForText(cashier, MESSAGES, "sent to the manager for approval");
        String sent = cashier.find(MESSAGES).getText();
        assertTrue(sent.startsWith("Above the approval limit: the withdrawal of ₹2,50,000.00 from account " + account), sent);
        assertEquals("₹3,00,000.00", cashier.find(By.id("balance")).getText(), "nothing paid out");
        assertEquals("300000.00", balance(base, account));
        String row = cashier.find(By.xpath("//*[@id='cash:requests']//tr[contains(., '" + account + "')]")).getText();
        assertTrue(row.contains("Waiting for a manager") && row.contains("₹2,50,000.00"), row);
        assertTrue(cashier.findAll(By.id("receipt")).isEmpty(), "no receipt for what is not posted");
        check(cashier, "withdrawal-approval-cashier-sent");

        // the manager sees it in the Withdrawals queue and approves it after the confirmation
        WebBrowser manager = signedIn(base, managerUser);
        manager.clickAndWaitForNewPage(By.linkText("Approvals"));
        By approve = By.xpath("//*[@id='approvals:withdrawals']//tr[contains(., '" + account + "')]//button[contains(@id, ':approve')]");
        String queued = manager.find(By.xpath("//*[@id='approvals:withdrawals']//tr[contains(., '" + account + "')]")).getText();
        assertTrue(queued.contains("₹2,50,000.00") && queued.contains("₹3,00,000.00") && queued.contains("Counter Member")
                && queued.contains(cashierUser), queued);
        check(manager, "withdrawal-approval-manager-queue");
        click(manager, approve);
        String managerConfirmation = manager.find(By.id("confirmation")).getText();
        assertTrue(managerConfirmation.contains("pay out ₹2,50,000.00 in cash from account " + account)
                && managerConfirmation.contains(cashierUser), managerConfirmation);
        assertEquals("300000.00", balance(base, account), "nothing moves before the confirmation");
        check(manager, "withdrawal-approval-manager-confirm");
        click(manager, By.id("approvals:confirm"));
        waitForText(manager, MESSAGES, "approved: journal entry");
        assertEquals("50000.00", balance(base, account));
        assertTrue(manager.findAll(approve).isEmpty(), "it left the queue");
        check(manager, "withdrawal-approval-manager-approved");

        // the cashier's list shows it approved, with the receipt of the posted withdrawal
        click(cashier, By.id("cash:refresh"));
        waitForText(cashier, By.id("cash:requests"), "Approved: pay out");
        assertEquals("₹50,000.00", cashier.find(By.id("balance")).getText(), "the refresh shows the balance after the payout");
        WebElement receipt = cashier.find(By.xpath("//*[@id='cash:requests']//tr[contains(., '" + account + "')]//a[contains(@href, 'receipt')]"));
        assertTrue(receipt.getAttribute("href").contains("/admin/cashier/receipt?entry="), receipt.getAttribute("href"));
        check(cashier, "withdrawal-approval-cashier-approved");
    }
}
