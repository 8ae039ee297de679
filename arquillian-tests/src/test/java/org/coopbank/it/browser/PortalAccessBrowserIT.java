package org.coopbank.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import org.coopbank.it.Deployments;
import org.coopbank.it.access.AccessFixtureServlet;
import org.coopbank.it.access.AccessProbe;
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
 * The manager grants portal access in a desktop Chromium: find the customer, review (the confirmation names the masked
 * mobile), confirm; the SMS goes only then, and the code never appears on the intranet.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalAccessBrowserIT {

    private static final By SIGN_IN = By.cssSelector("#login-form button[type=submit]");
    private static final By CONFIRMATION = By.id("confirmation");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(BrowserFixtureServlet.class, AccessFixtureServlet.class, AccessProbe.class);
    }

    @ArquillianResource
    URL testWar;

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private String base() {
        return BrowserTestSupport.base(testWar);
    }

    private String access(String action, String mobile) throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(base() + "/bank-tests/fixtures/access?do=" + action
                        + (mobile == null ? "" : "&mobile=" + mobile)))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), action + ": " + r.body());
        return r.body().trim();
    }

    private static void waitForText(WebBrowser b, By by, String text) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    @Test
    void aManager_grantsPortalAccess_afterAConfirmation_showingOnlyTheMaskedMobile() throws Exception {
        String[] customer = access("approved", null).split(" ");
        String number = customer[0];
        String mobile = customer[1];
        String masked = "XXXXXX" + mobile.substring(6);
        WebBrowser b = browsers.open(base(), Viewport.DESKTOP);
        b.go("/admin/login");
        b.type(By.id("username"), BrowserTestSupport.fixture(base(), "staff", "roles", "manager"))
                .type(By.id("password"), BrowserFixtureServlet.PASSWORD).clickAndWaitForNewPage(SIGN_IN);
        b.clickAndWaitForNewPage(By.linkText("Portal access"));
        assertEquals("/admin/manager/portal-access", b.path());
        b.type(By.id("access:query"), number);
        org.openqa.selenium.WebElement before = b.find(By.id("access:customers"));
        b.find(By.id("access:search")).click();
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(before));
        By grant = By.xpath("//*[@id='access:customers']//tr[contains(., '" + number + "')]//button[contains(@id, ':grant')]");
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(grant));
        assertFalse(b.html().contains(mobile), "the full mobile is not shown");
        b.find(grant).click();
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(CONFIRMATION));
        String confirmation = b.find(CONFIRMATION).getText();
        assertTrue(confirmation.contains(masked) && confirmation.contains(number), confirmation);
        assertEquals("0", access("sms-count", mobile), "nothing is sent before the confirmation");
        b.screenshot("manager-portal-access-confirm");
        b.assertAccessible("manager-portal-access-confirm");

        b.find(By.id("access:confirm")).click();
        waitForText(b, By.id("messages"), "the activation code went by SMS to " + masked);
        assertEquals("1", access("sms-count", mobile));
        String code = access("latest-code", mobile);
        assertEquals(8, code.length());
        assertFalse(b.html().contains(code), "staff never see the code");
        b.screenshot("manager-portal-access-granted");
        b.assertAccessible("manager-portal-access-granted");
    }
}
