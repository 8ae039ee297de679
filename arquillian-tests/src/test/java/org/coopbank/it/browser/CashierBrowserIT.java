package org.coopbank.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coopbank.it.Browser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The cashier collects an EMI with the allocation shown before confirming, and prints receipts. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CashierBrowserIT {

    private static final By SIGN_IN = By.cssSelector("#login-form button[type=submit]");

    @Deployment
    static EnterpriseArchive deployment() {
        return BrowserTestSupport.deployment();
    }

    @ArquillianResource
    URL testWar;

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private static void waitFor(WebBrowser b, By by) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    @Test
    void cashier_collectsAnEmi_seeingTheAllocationFirst_andTheForeclosureQuote() throws Exception {
        String base = BrowserTestSupport.base(testWar);
        String loanNumber = BrowserTestSupport.fixture(base, "loan");
        String user = BrowserTestSupport.fixture(base, "staff", "roles", "cashier");
        WebBrowser b = browsers.open(base, Viewport.DESKTOP);
        b.go("/admin/login");
        b.type(By.id("username"), user).type(By.id("password"), BrowserFixtureServlet.PASSWORD).clickAndWaitForNewPage(SIGN_IN);
        b.clickAndWaitForNewPage(By.linkText("EMI collection"));
        b.type(By.id("emi:loan"), loanNumber);
        b.find(By.id("emi:find")).click();
        waitFor(b, By.id("payable"));
        // 60000 at 12% for 12 months: EMI 5330.93, payable now before the first due date is that EMI
        assertEquals("₹5,330.93", b.find(By.id("payable")).getText());
        b.screenshot("intranet-cashier-emi");
        b.assertAccessible("intranet-cashier-emi");

        b.find(By.id("emi:all")).click();
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> "5330.93".equals(d.findElement(By.id("emi:amount")).getAttribute("value")));
        b.find(By.id("emi:review")).click();
        waitFor(b, By.id("alloc-total"));
        assertEquals("₹600.00", b.find(By.id("alloc-interest")).getText(), "a month's interest on 60000 at 12%");
        assertEquals("₹4,730.93", b.find(By.id("alloc-principal")).getText());
        assertEquals("₹60,000.00", b.find(By.id("outstanding")).getText(), "nothing posted by the review");
        b.screenshot("intranet-cashier-emi-allocation");
        b.assertAccessible("intranet-cashier-emi-allocation");

        b.find(By.id("emi:confirm")).click();
        new WebDriverWait(b.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("outstanding"), "₹55,269.07"));
        assertTrue(b.find(By.id("messages")).getText().contains("Received ₹5,330.93"));
        assertTrue(b.isPresent(By.id("receipt")));
        b.screenshot("intranet-cashier-emi-received");

        b.find(By.id("emi:foreclose")).click();
        waitFor(b, By.id("foreclosure-total"));
        assertTrue(b.find(By.id("foreclosure-total")).getText().startsWith("₹55,2"), "principal left, no interest yet");
        b.screenshot("intranet-cashier-foreclosure-quote");
        b.assertAccessible("intranet-cashier-foreclosure-quote");

        b.clickAndWaitForNewPage(By.linkText("My day"));
        assertTrue(b.find(By.id("day")).getText().contains("Loan repayment"), b.find(By.id("day")).getText());
        assertEquals("₹5,330.93", b.find(By.id("cash-in")).getText());
        b.screenshot("intranet-cashier-day");
        b.assertAccessible("intranet-cashier-day");
    }

    @Test
    void aReceipt_isAPdfWithTheBankHeader_theMaskedAccount_andTheAmount() throws Exception {
        String base = BrowserTestSupport.base(testWar);
        String[] deposit = BrowserTestSupport.fixture(base, "deposit").split(" ");
        String user = BrowserTestSupport.fixture(base, "staff", "roles", "cashier");
        Browser http = new Browser(base);
        assertTrue(http.login("/admin/home", "/admin/login", user, BrowserFixtureServlet.PASSWORD));
        HttpResponse<byte[]> pdf = http.getBytes("/admin/cashier/receipt?entry=" + deposit[0]);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertTrue(text.contains("Co-operative Bank") && text.contains("Counter receipt"), text);
        assertTrue(text.contains("Receipt no. " + deposit[0]), text);
        assertTrue(text.contains("XXXX" + deposit[1].substring(deposit[1].length() - 4)), text);
        assertFalse(text.contains(deposit[1]), "the full account number is never on a receipt");
        assertTrue(text.contains("Rs. 2,500.50"), text);
        assertEquals(404, http.getBytes("/admin/cashier/receipt?entry=987654321").statusCode());
        String clerk = BrowserTestSupport.fixture(base, "staff", "roles", "clerk");
        Browser other = new Browser(base);
        assertTrue(other.login("/admin/home", "/admin/login", clerk, BrowserFixtureServlet.PASSWORD));
        assertEquals(403, other.getBytes("/admin/cashier/receipt?entry=" + deposit[0]).statusCode());
    }
}
