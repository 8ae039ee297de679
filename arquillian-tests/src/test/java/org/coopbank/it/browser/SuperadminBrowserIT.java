package org.coopbank.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/** The superadmin's screens in a desktop Chromium: staff users, settings, audit log, sign-in log, outbox. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SuperadminBrowserIT {

    private static final By SIGN_IN = By.cssSelector("#login-form button[type=submit]");

    @Deployment
    static EnterpriseArchive deployment() {
        return BrowserTestSupport.deployment();
    }

    @ArquillianResource
    URL testWar;

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private WebBrowser signIn(String base, String user, String password) {
        WebBrowser b = browsers.open(base, Viewport.DESKTOP);
        for (int attempt = 1; ; attempt++) {
            b.go("/admin/login");
            try {
                b.type(By.id("username"), user).type(By.id("password"), password).clickAndWaitForNewPage(SIGN_IN);
                return b;
            } catch (org.openqa.selenium.WebDriverException e) {
                // a freshly started Chromium now and then reports the form's nodes as detached: load the page again
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static void waitForText(WebBrowser b, By by, String text) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    @Test
    void superadmin_createsAStaffUser_whoMustChangeTheTemporaryPassword_andItIsAudited() throws Exception {
        String base = BrowserTestSupport.base(testWar);
        String admin = BrowserTestSupport.fixture(base, "staff", "roles", "superadmin");
        WebBrowser b = signIn(base, admin, BrowserFixtureServlet.PASSWORD);
        b.clickAndWaitForNewPage(By.linkText("Staff users"));
        b.screenshot("intranet-superadmin-staff");
        b.assertAccessible("intranet-superadmin-staff");

        String newUser = "teller" + (System.nanoTime() % 100_000_000L);
        b.type(By.id("create:username"), newUser).type(By.id("create:fullName"), "New Teller");
        b.find(By.cssSelector("label[for='create:roles:3']")).click(); // cashier
        b.find(By.id("create:save")).click();
        waitForText(b, By.id("messages"), "Created " + newUser);
        Matcher m = Pattern.compile("shown only now: (\\S+) ").matcher(b.find(By.id("messages")).getText());
        assertTrue(m.find(), b.find(By.id("messages")).getText());
        String temporary = m.group(1);
        assertTrue(b.find(By.id("users:list")).getText().contains(newUser));
        b.screenshot("intranet-superadmin-staff-created");

        WebBrowser teller = signIn(base, newUser, temporary);
        assertEquals("/admin/change-password", teller.path(), "a temporary password must be changed first");
        teller.screenshot("intranet-change-password");
        teller.assertAccessible("intranet-change-password");

        b.clickAndWaitForNewPage(By.linkText("Audit log"));
        b.type(By.id("audit:action"), "staff.create");
        b.find(By.id("audit:go")).click();
        waitForText(b, By.id("audit:list"), newUser);
        b.screenshot("intranet-superadmin-audit");
        b.assertAccessible("intranet-superadmin-audit");

        b.clickAndWaitForNewPage(By.linkText("Sign-in log"));
        b.type(By.id("signins:user"), newUser);
        b.find(By.id("signins:go")).click();
        waitForText(b, By.id("signins:list"), "SUCCESS");
        b.screenshot("intranet-superadmin-signins");
        b.assertAccessible("intranet-superadmin-signins");

        b.clickAndWaitForNewPage(By.linkText("Outbox (e-mail and SMS)"));
        b.screenshot("intranet-superadmin-outbox");
        b.assertAccessible("intranet-superadmin-outbox");
    }

    @Test
    void superadmin_changesASetting_aBadValueIsRefused_andOthersCannotOpenTheArea() throws Exception {
        String base = BrowserTestSupport.base(testWar);
        String admin = BrowserTestSupport.fixture(base, "staff", "roles", "superadmin");
        WebBrowser b = signIn(base, admin, BrowserFixtureServlet.PASSWORD);
        b.clickAndWaitForNewPage(By.linkText("Settings"));
        b.screenshot("intranet-superadmin-settings");
        b.assertAccessible("intranet-superadmin-settings");
        b.find(By.cssSelector("button[aria-label='Change loan.foreclosure-charge']")).click();
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("settings:value")));
        b.type(By.id("settings:value"), "55");
        b.find(By.id("settings:save")).click();
        waitForText(b, By.id("messages"), "percentage between 0 and 10");
        b.screenshot("intranet-superadmin-settings-refused");
        b.type(By.id("settings:value"), "1.5");
        b.find(By.id("settings:save")).click();
        waitForText(b, By.id("messages"), "loan.foreclosure-charge is now 1.5");
        b.find(By.cssSelector("button[aria-label='Change loan.foreclosure-charge']")).click();
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("settings:value")));
        b.type(By.id("settings:value"), "0");
        b.find(By.id("settings:save")).click();
        waitForText(b, By.id("messages"), "loan.foreclosure-charge is now 0");

        String cashier = BrowserTestSupport.fixture(base, "staff", "roles", "cashier");
        WebBrowser c = signIn(base, cashier, BrowserFixtureServlet.PASSWORD);
        c.go("/admin/superadmin/settings");
        assertTrue(c.text().contains("You may not open this page"), c.text());
    }
}
