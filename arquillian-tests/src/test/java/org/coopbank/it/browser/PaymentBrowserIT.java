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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A member pays an overdue EMI on a phone through the simulated gateway (issue 13's browser test): the loan page's
 * "Pay EMI", the labelled simulated checkout, "successful payment", then the payments list, the instalment shown paid
 * on the loan's schedule, and the alert in the notifications. Screenshots and axe-core on each page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentBrowserIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(PortalFixtureServlet.class, PortalBank.class, PortalBank.Made.class);
    }

    @ArquillianResource
    URL testWar;

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void aMemberPaysTheOverdueEmi_withTheSimulatedGateway_andSeesItPaidAndTold() throws Exception {
        String base = BrowserTestSupport.base(testWar);
        PortalBank.Made m = BrowserTestSupport.portalMember(base, "Paying Member");
        WebBrowser b = browsers.open(base, Viewport.PHONE);
        BrowserTestSupport.signIn(b, m);
        assertEquals("/portal/dashboard", b.path());

        b.go("/portal/loans/" + m.loanId());
        String first = b.find(By.cssSelector("#schedule tbody tr")).getText();
        assertTrue(first.contains("Overdue"), first);
        assertTrue(b.isPresent(By.id("pay-emi")));
        b.screenshot("payment-loan-pay-emi-phone");
        b.assertAccessible("payment-loan-pay-emi-phone");
        b.clickAndWaitForNewPage(By.id("payemi:pay"));
        assertTrue(b.path().startsWith("/portal/checkout?payment="), b.path());
        String checkout = b.find(By.id("simulated-checkout")).getText();
        assertTrue(checkout.toUpperCase().contains("SIMULATED"), "clearly labelled: " + checkout);
        assertFalse(b.html().contains(m.savingsNumber()), "no full account number on the checkout");
        b.screenshot("payment-simulated-checkout-phone");
        b.assertAccessible("payment-simulated-checkout-phone");

        b.clickAndWaitForNewPage(By.id("checkout:succeed"));
        assertTrue(b.path().startsWith("/portal/payments"), b.path());
        new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> {
            b.go("/portal/payments");
            return b.text().contains("Paid");
        });
        b.screenshot("payment-list-paid-phone");
        b.assertAccessible("payment-list-paid-phone");

        b.go("/portal/loans/" + m.loanId());
        String paid = b.find(By.cssSelector("#schedule tbody tr")).getText();
        assertTrue(paid.contains("Paid"), "the first instalment is paid now: " + paid);
        assertFalse(paid.contains("Overdue"), paid);
        b.screenshot("payment-loan-paid-phone");

        new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> {
            b.go("/portal/notifications");
            return b.text().contains("Payment received");
        });
        b.screenshot("payment-notification-phone");
        b.assertAccessible("payment-notification-phone");
    }
}
