package org.coopbank.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
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

/** The intranet's first screens in a desktop Chromium: the clerk finds a customer, the cashier takes cash in and out. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntranetBrowserIT {

    private static final By SIGN_IN = By.cssSelector("#login-form button[type=submit]");

    @Deployment
    static EnterpriseArchive deployment() {
        return BrowserTestSupport.deployment();
    }

    @ArquillianResource
    URL testWar;

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private WebBrowser signedIn(String base, String roles) throws Exception {
        String user = BrowserTestSupport.fixture(base, "staff", "roles", roles);
        WebBrowser b = browsers.open(base, Viewport.DESKTOP);
        b.go("/admin/login");
        b.type(By.id("username"), user).type(By.id("password"), BrowserFixtureServlet.PASSWORD).clickAndWaitForNewPage(SIGN_IN);
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
    void cashier_depositsCash_afterAConfirmation_andAWithdrawalBeyondTheBalanceIsRefused() throws Exception {
        String base = BrowserTestSupport.base(testWar);
        String savings = BrowserTestSupport.fixture(base, "customer").split(" ")[1];
        WebBrowser b = signedIn(base, "cashier");
        b.clickAndWaitForNewPage(By.linkText("Cash deposit and withdrawal"));
        assertEquals("/admin/cashier/cash", b.path());
        b.screenshot("intranet-cashier-cash");
        b.assertAccessible("intranet-cashier-cash");

        b.type(By.id("cash:account"), savings);
        b.find(By.id("cash:find")).click();
        waitFor(b, By.id("holder"));
        assertEquals("₹12,345.67", b.find(By.id("balance")).getText());
        b.type(By.id("cash:amount"), "500");
        b.find(By.id("cash:review")).click();
        waitFor(b, By.id("confirmation"));
        String confirmation = b.find(By.id("confirmation")).getText();
        assertTrue(confirmation.contains("₹500.00") && confirmation.contains("₹12,845.67"), confirmation);
        assertEquals("₹12,345.67", b.find(By.id("balance")).getText(), "nothing has moved before the confirmation");
        b.screenshot("intranet-cashier-confirm");
        b.assertAccessible("intranet-cashier-confirm");

        b.find(By.id("cash:confirm")).click();
        waitForText(b, By.id("balance"), "₹12,845.67");
        assertTrue(b.find(By.id("messages")).getText().contains("New balance ₹12,845.67"), b.find(By.id("messages")).getText());
        b.screenshot("intranet-cashier-deposited");

        b.find(By.cssSelector("label[for='cash:kind:1']")).click();
        b.type(By.id("cash:amount"), "99999");
        b.find(By.id("cash:review")).click();
        waitForText(b, By.id("messages"), "more than the balance of ₹12,845.67");
        assertTrue(b.findAll(By.id("confirmation")).isEmpty(), "no confirmation for what cannot be done");
        assertEquals("₹12,845.67", b.find(By.id("balance")).getText(), "a refusal changes nothing");
        b.screenshot("intranet-cashier-refused");
        b.assertAccessible("intranet-cashier-refused");
    }

    @Test
    void clerk_findsACustomerByMobile_andOpensThe360View() throws Exception {
        String base = BrowserTestSupport.base(testWar);
        String[] customer = BrowserTestSupport.fixture(base, "customer").split(" ");
        WebBrowser b = signedIn(base, "clerk");
        b.clickAndWaitForNewPage(By.linkText("Customers"));
        b.type(By.id("search:query"), customer[0]);
        b.find(By.id("search:go")).click();
        new WebDriverWait(b.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#search\\:results tbody tr")).size() == 1);
        assertTrue(b.find(By.id("search:results")).getText().contains(customer[0]));
        b.screenshot("intranet-clerk-customers");
        b.assertAccessible("intranet-clerk-customers");

        b.clickAndWaitForNewPage(By.cssSelector("#search\\:results tbody tr a"));
        assertTrue(b.path().startsWith("/admin/clerk/customer?id="), b.path());
        assertTrue(b.text().contains(customer[1]) && b.text().contains(customer[2]), "both accounts, full numbers for staff");
        assertTrue(b.text().contains("₹12,345.67"));
        b.screenshot("intranet-clerk-customer-360");
        b.assertAccessible("intranet-clerk-customer-360");
    }

    @Test
    void aCashierOpeningASuperadminPage_isRefused() throws Exception {
        String base = BrowserTestSupport.base(testWar);
        WebBrowser b = signedIn(base, "cashier");
        b.go("/admin/superadmin/users");
        assertTrue(b.text().contains("You may not open this page"), b.text());
        b.screenshot("intranet-cashier-refused-superadmin");
    }
}
