package org.coopbank.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
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
 * The nightly jobs screen in a desktop Chromium: an accountant starts emi-overdue for a past business date (with no
 * loans due then) after the review, sees the run in the executions table; screenshots and axe on each step.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NightlyJobsBrowserIT {

    private static final By SIGN_IN = By.cssSelector("#login-form button[type=submit]");

    @Deployment
    static EnterpriseArchive deployment() {
        return BrowserTestSupport.deployment();
    }

    @ArquillianResource
    URL testWar;

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void accountant_startsAJobForAPastDate_afterAReview() throws Exception {
        String base = BrowserTestSupport.base(testWar);
        String user = BrowserTestSupport.fixture(base, "staff", "roles", "accountant");
        WebBrowser b = browsers.open(base, Viewport.DESKTOP);
        b.go("/admin/login");
        b.type(By.id("username"), user).type(By.id("password"), BrowserFixtureServlet.PASSWORD).clickAndWaitForNewPage(SIGN_IN);
        assertEquals("/admin/home", b.path());
        b.go("/admin/ops/jobs");
        b.screenshot("ops-jobs");
        b.assertAccessible("ops-jobs");

        // a date in 1995: no loan of any test falls due before it, so the run has nothing to do
        LocalDate date = LocalDate.of(1995, 1, 1).plusDays(System.nanoTime() % 3000);
        b.driver().executeScript("arguments[0].value = arguments[1]", b.find(By.id("jobs:businessDate")), date.toString());
        new org.openqa.selenium.support.ui.Select(b.find(By.id("jobs:job"))).selectByValue("emi-overdue");
        b.find(By.id("jobs:review")).click();
        WebDriverWait wait = new WebDriverWait(b.driver(), Duration.ofSeconds(15));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.id("confirm-text")).size() == 1);
        assertTrue(b.find(By.id("confirm-text")).getText().contains("emi-overdue"), b.text());
        b.screenshot("ops-jobs-review");
        b.assertAccessible("ops-jobs-review");

        b.find(By.id("jobs:start")).click();
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("messages")).getText().contains("started for " + date));
        for (int i = 0; i < 40 && !b.find(By.id("jobs:executions")).getText().contains("COMPLETED"); i++) {
            Thread.sleep(500);
            b.go("/admin/ops/jobs");
        }
        String table = b.find(By.id("jobs:executions")).getText();
        assertTrue(table.contains(date.toString()) && table.contains("COMPLETED"), table);
        b.screenshot("ops-jobs-started");
        b.assertAccessible("ops-jobs-started");
    }
}
