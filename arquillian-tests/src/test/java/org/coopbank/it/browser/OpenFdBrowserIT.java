package org.coopbank.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A member opens a fixed deposit online on a phone: from the FD page to "Open a fixed deposit", an amount it refuses,
 * then amount, tenure and account, the maturity preview from the rate card, the simulated checkout, and the new FD on
 * the FD page. Screenshots and axe-core on each page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenFdBrowserIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(PortalFixtureServlet.class, PortalBank.class, PortalBank.Made.class);
    }

    @ArquillianResource
    URL testWar;

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void aMemberOpensAnFdOnline_previewingTheMaturity_andPaysWithTheSimulatedGateway() throws Exception {
        String base = BrowserTestSupport.base(testWar);
        PortalBank.Made m = BrowserTestSupport.portalMember(base, "Saving Member");
        WebBrowser b = browsers.open(base, Viewport.PHONE);
        BrowserTestSupport.signIn(b, m);
        b.go("/portal/fd");
        int before = b.findAll(By.cssSelector("#deposits .deposit")).size();
        b.clickAndWaitForNewPage(By.id("open-fd-link"));
        assertEquals("/portal/fd-open", b.path());
        assertFalse(b.html().contains(m.savingsNumber()), "accounts masked");
        b.screenshot("open-fd-empty-phone");
        b.assertAccessible("open-fd-empty-phone");

        // too little: refused beside the field, nothing started
        b.type(By.id("fdopen:fdamount"), "500");
        new Select(b.find(By.id("fdopen:tenure"))).selectByValue("12");
        new Select(b.find(By.id("fdopen:fdaccount"))).selectByValue(String.valueOf(m.savingsId()));
        b.clickAndWaitForNewPage(By.id("fdopen:pay"));
        assertEquals("/portal/fd-open", b.path().split("\\?")[0]);
        assertTrue(b.text().contains("must be at least"), b.text());
        b.screenshot("open-fd-refused-phone");
        b.assertAccessible("open-fd-refused-phone");

        b.type(By.id("fdopen:fdamount"), "50000");
        new Select(b.find(By.id("fdopen:tenure"))).selectByValue("12");
        new Select(b.find(By.id("fdopen:fdaccount"))).selectByValue(String.valueOf(m.savingsId()));
        b.find(By.id("fdopen:preview")).click();
        new WebDriverWait(b.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("preview-maturity-amount")));
        assertEquals("₹50,000.00", b.find(By.id("preview-principal")).getText());
        assertTrue(b.find(By.id("preview-maturity-amount")).getText().startsWith("₹53,"),
                b.find(By.id("preview-maturity-amount")).getText());
        b.screenshot("open-fd-preview-phone");
        b.assertAccessible("open-fd-preview-phone");

        b.clickAndWaitForNewPage(By.id("fdopen:pay"));
        assertTrue(b.path().startsWith("/portal/checkout?payment="), b.path());
        assertTrue(b.find(By.id("simulated-checkout")).getText().contains("New fixed deposit"));
        b.assertAccessible("open-fd-checkout-phone");
        b.clickAndWaitForNewPage(By.id("checkout:succeed"));
        new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> {
            b.go("/portal/payments");
            return b.text().contains("Paid");
        });
        b.go("/portal/fd");
        assertEquals(before + 1, b.findAll(By.cssSelector("#deposits .deposit")).size());
        assertTrue(b.text().contains("₹50,000.00"), b.text());
        b.screenshot("open-fd-opened-phone");
        b.assertAccessible("open-fd-opened-phone");
    }
}
