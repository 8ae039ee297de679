package org.coopbank.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopbank.it.Deployments;
import org.coopbank.it.clerk.ClerkFixtureServlet;
import org.coopbank.it.clerk.ClerkFixtures;
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
 * The clerk's day in a desktop Chromium: onboards a customer (a field the service refuses is marked beside it; the
 * same clerk cannot approve the customer), opens an account, enters a loan after previewing its EMI schedule, opens
 * an FD after seeing its maturity. A screenshot and axe-core on every screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClerkBrowserIT {

    private static final By SIGN_IN = By.cssSelector("#login-form button[type=submit]");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(BrowserFixtureServlet.class, ClerkFixtureServlet.class);
    }

    @ArquillianResource
    URL testWar;

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private static void waitForText(WebBrowser b, By by, String text) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    private static void screen(WebBrowser b, String name) {
        b.screenshot(name);
        b.assertAccessible(name);
    }

    private static String group(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex + " in " + text);
        return m.group(1);
    }

    @Test
    void clerk_onboardsACustomer_opensAnAccount_entersALoan_andOpensAnFd() throws Exception {
        String base = BrowserTestSupport.base(testWar);
        ClerkFixtures fx = new ClerkFixtures(base);
        String clerk = BrowserTestSupport.fixture(base, "staff", "roles", "clerk");
        WebBrowser b = browsers.open(base, Viewport.DESKTOP);
        b.go("/admin/login");
        b.type(By.id("username"), clerk).type(By.id("password"), BrowserFixtureServlet.PASSWORD).clickAndWaitForNewPage(SIGN_IN);

        // onboarding: a refused field is marked beside it, then the review, then the 360 view
        b.clickAndWaitForNewPage(By.linkText("Onboard a customer"));
        assertEquals("/admin/clerk/onboard", b.path());
        screen(b, "clerk-onboard");
        long n = System.nanoTime();
        String mobile = "9" + String.format("%09d", n % 1_000_000_000L);
        String pan = "BRW" + (char) ('A' + n % 26) + (char) ('A' + (n / 26) % 26) + String.format("%04d", (n / 676) % 10_000) + "K";
        b.type(By.id("form:fullName"), "Meera Krishnan").type(By.id("form:dateOfBirth"), "14-08-1985")
                .type(By.id("form:panNumber"), pan).type(By.id("form:aadhaarNumber"), "987654321012")
                .type(By.id("form:mobile"), "12345").type(By.id("form:email"), "meera@example.in")
                .type(By.id("form:address"), "12 Temple Street, Madurai 625001")
                .type(By.id("form:nomineeName"), "Arjun Krishnan").type(By.id("form:nomineeRelation"), "Son");
        b.find(By.id("form:review")).click();
        waitForText(b, By.id("form"), "Mobile number must be a 10-digit Indian mobile number");
        assertEquals("true", b.find(By.id("form:mobile")).getAttribute("aria-invalid"), "the field is marked invalid");
        assertTrue(b.find(By.id("messages")).getText().contains("see the messages beside the fields"));
        screen(b, "clerk-onboard-invalid");

        b.type(By.id("form:mobile"), mobile);
        b.find(By.id("form:review")).click();
        waitForText(b, By.id("review-name"), "Meera Krishnan");
        assertTrue(b.find(By.id("review")).getText().contains("XXXX XXXX 1012"), "only the last four Aadhaar digits");
        screen(b, "clerk-onboard-review");

        b.clickAndWaitForNewPage(By.id("form:confirm"));
        assertTrue(b.path().startsWith("/admin/clerk/customer?id="), b.path());
        String customer360 = b.path();
        String customerNumber = group("Customer (C\\d{8}) \\(Meera Krishnan\\) onboarded", b.find(By.id("messages")).getText());
        assertEquals("PENDING", b.find(By.id("status")).getText());
        assertTrue(b.text().contains("Onboarded by\n" + clerk) || b.text().contains(clerk), "onboarded by the clerk");
        assertTrue(b.isPresent(By.id("no-actions")));
        screen(b, "clerk-onboarded-360");

        // maker-checker: the same user, even holding the manager role, cannot approve; a manager does
        String refusal = fx.call("approve-as", "user", clerk, "customer", customerNumber);
        assertTrue(refusal.contains("cannot also approve"), refusal);
        assertEquals("APPROVED", fx.call("approve", "customer", customerNumber));

        // an account, after a confirmation
        b.go(customer360);
        assertEquals("APPROVED", b.find(By.id("status")).getText());
        b.clickAndWaitForNewPage(By.linkText("Open a savings or current account"));
        screen(b, "clerk-open-account");
        b.find(By.id("form:review")).click();
        waitForText(b, By.id("confirmation"), "Open a Savings account for Meera Krishnan (" + customerNumber + ")");
        screen(b, "clerk-open-account-confirm");
        b.clickAndWaitForNewPage(By.id("form:confirm"));
        String account = group("Savings account (\\d+) opened", b.find(By.id("messages")).getText());
        assertTrue(b.find(By.id("accounts")).getText().contains(account));
        screen(b, "clerk-account-opened-360");
        fx.call("deposit", "account", account, "amount", "50000.00");

        // a loan: a refusal beside the field, then the EMI schedule previewed before submitting
        b.go(customer360);
        b.clickAndWaitForNewPage(By.linkText("Enter a loan application"));
        screen(b, "clerk-loan");
        b.type(By.id("form:principal"), "1").type(By.id("form:annualRate"), "12").type(By.id("form:tenureMonths"), "360")
                .type(By.id("form:purpose"), "Tailoring shop equipment");
        b.find(By.id("form:preview")).click();
        waitForText(b, By.id("form"), "is too small for the tenure");
        screen(b, "clerk-loan-refused");
        b.type(By.id("form:principal"), "100000").type(By.id("form:tenureMonths"), "12");
        b.find(By.id("form:floatingRate")).click();
        b.find(By.id("form:preview")).click();
        waitForText(b, By.id("emi"), "₹8,884.88");
        assertTrue(b.find(By.id("rate-kind")).getText().startsWith("Floating"), b.find(By.id("rate-kind")).getText());
        assertEquals(12, b.findAll(By.cssSelector("#form\\:schedule tbody tr")).size(), "twelve instalments");
        assertTrue(b.find(By.id("total-interest")).getText().startsWith("₹6,618"), b.find(By.id("total-interest")).getText());
        screen(b, "clerk-loan-preview");
        b.clickAndWaitForNewPage(By.id("form:submit"));
        String loan = group("Loan application (\\S+) for ₹1,00,000.00 submitted", b.find(By.id("messages")).getText());
        assertTrue(b.find(By.id("loans")).getText().contains(loan));
        assertEquals("FLOATING", fx.call("loan-rate", "loan", loan), "applied for at a floating rate");
        screen(b, "clerk-loan-submitted-360");

        // an FD: maturity date and amount shown before the money moves
        b.clickAndWaitForNewPage(By.linkText("Open a fixed deposit"));
        screen(b, "clerk-fd");
        b.type(By.id("form:principal"), "20000").type(By.id("form:tenureMonths"), "12");
        b.find(By.id("form:quote")).click();
        LocalDate today = LocalDate.parse(b.find(By.id("business-date")).getText());
        waitForText(b, By.id("maturity-date"), today.plusMonths(12).toString());
        String maturityAmount = b.find(By.id("maturity-amount")).getText();
        assertTrue(maturityAmount.matches("₹21,\\d{3}\\.\\d{2}"), maturityAmount);
        assertTrue(b.find(By.id("confirmation")).getText().contains("balance now ₹50,000.00"), "nothing debited yet");
        screen(b, "clerk-fd-quote");
        b.clickAndWaitForNewPage(By.id("form:confirm"));
        String done = b.find(By.id("messages")).getText();
        assertTrue(done.contains("matures on " + today.plusMonths(12) + " for " + maturityAmount), done);
        assertTrue(b.find(By.id("accounts")).getText().contains("₹30,000.00"), "the FD was funded from the account");
        screen(b, "clerk-fd-opened-360");

        // the alerts the customer was sent (queued asynchronously after each posting commits)
        for (int i = 0; i < 40 && !b.find(By.id("alerts")).getText().contains("credited"); i++) {
            Thread.sleep(250);
            b.go(customer360);
        }
        assertTrue(b.find(By.id("alerts")).getText().contains("credited"), b.find(By.id("alerts")).getText());
        ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(
                "document.getElementById('alerts').scrollIntoView()");
        screen(b, "clerk-360-alerts");
    }
}
