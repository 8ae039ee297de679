package org.coopbank.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The staff intranet's sign-in in a desktop-sized Chromium, as a clerk at a branch PC sees it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffSignInBrowserIT {

    private static final By USERNAME = By.id("username");
    private static final By PASSWORD = By.id("password");
    private static final By SIGN_IN = By.cssSelector("#login-form button[type=submit]");
    private static final By SIGN_OUT = By.cssSelector("form[action='/admin/logout'] button[type=submit]");

    @Deployment
    static EnterpriseArchive deployment() {
        return BrowserTestSupport.deployment();
    }

    @ArquillianResource
    URL testWar;

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void wrongPassword_showsTheError_andStaysOnTheSignInPage() throws Exception {
        String base = BrowserTestSupport.base(testWar);
        String user = BrowserTestSupport.fixture(base, "staff", "roles", "clerk");
        WebBrowser b = browsers.open(base, Viewport.DESKTOP);

        b.go("/admin/home");
        assertTrue(b.isPresent(By.id("login-form")), "a stranger gets the sign-in page: " + b.path());
        assertEquals("Staff sign-in", b.find(By.tagName("h1")).getText());
        b.screenshot("admin-sign-in");
        b.assertAccessible("admin-sign-in");

        b.type(USERNAME, user).type(PASSWORD, "not-the-password1").clickAndWaitForNewPage(SIGN_IN);
        assertEquals("Username or password is not correct.", b.find(By.cssSelector("[role=alert]")).getText());
        assertTrue(b.isPresent(By.id("login-form")), "still the sign-in page");
        assertEquals("", b.find(PASSWORD).getAttribute("value"), "the password is not sent back");
        assertFalse(b.text().contains(STAFF_NAME_ON_HOME), "not signed in");
        b.screenshot("admin-sign-in-wrong-password");
        b.assertAccessible("admin-sign-in-wrong-password");
    }

    @Test
    void rightPassword_reachesTheHomePage_andSignOutReturnsToSignIn() throws Exception {
        String base = BrowserTestSupport.base(testWar);
        String user = BrowserTestSupport.fixture(base, "staff", "roles", "clerk,cashier");
        WebBrowser b = browsers.open(base, Viewport.DESKTOP);

        b.go("/admin/login");
        b.type(USERNAME, user).type(PASSWORD, BrowserFixtureServlet.PASSWORD).clickAndWaitForNewPage(SIGN_IN);
        assertEquals("/admin/home", b.path());
        assertEquals(user, b.find(By.id("username")).getText());
        assertEquals("cashier, clerk", b.find(By.id("roles")).getText());
        assertTrue(b.find(By.tagName("h1")).getText().contains(BrowserFixtureServlet.STAFF_NAME));
        b.screenshot("admin-home");
        b.assertAccessible("admin-home");

        b.clickAndWaitForNewPage(SIGN_OUT);
        assertEquals("/admin/login", b.path());
        assertTrue(b.isPresent(By.id("login-form")));
        b.screenshot("admin-signed-out");

        b.go("/admin/home");
        assertTrue(b.isPresent(By.id("login-form")), "the session is over: the home page asks to sign in again");
    }

    private static final String STAFF_NAME_ON_HOME = "Welcome, " + BrowserFixtureServlet.STAFF_NAME;
}
