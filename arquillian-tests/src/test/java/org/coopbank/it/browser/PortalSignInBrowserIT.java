package org.coopbank.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The customer portal's sign-in on a phone-sized screen, as a member signing in from a phone sees it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalSignInBrowserIT {

    private static final By MOBILE = By.name("username");
    private static final By PASSWORD = By.name("password");
    private static final By SIGN_IN = By.cssSelector("#login-form button[type=submit]");
    private static final By SIGN_OUT = By.cssSelector("form[action='/portal/logout'] button[type=submit]");

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
        String mobile = BrowserTestSupport.fixture(base, "customer").split(" ")[0];
        WebBrowser b = browsers.open(base, Viewport.PHONE);

        b.go("/portal/dashboard");
        assertTrue(b.isPresent(By.id("login-form")), "a stranger gets the sign-in page: " + b.path());
        assertEquals(360L, b.driver().executeScript("return window.innerWidth"), "a phone-sized window");
        assertFitsTheScreen(b);
        b.screenshot("portal-sign-in-phone");
        b.assertAccessible("portal-sign-in-phone");

        b.type(MOBILE, mobile).type(PASSWORD, "not-the-password1").clickAndWaitForNewPage(SIGN_IN);
        assertEquals("Mobile number or password is not correct.", b.find(By.cssSelector("[role=alert]")).getText());
        assertTrue(b.isPresent(By.id("login-form")), "still the sign-in page");
        assertFalse(b.text().contains(BrowserFixtureServlet.CUSTOMER_NAME), "not signed in");
        assertFitsTheScreen(b);
        b.screenshot("portal-sign-in-wrong-password-phone");
        b.assertAccessible("portal-sign-in-wrong-password-phone");
    }

    @Test
    void rightPassword_showsTheAccountsMasked_andSignOutReturnsToSignIn() throws Exception {
        String base = BrowserTestSupport.base(testWar);
        String[] customer = BrowserTestSupport.fixture(base, "customer").split(" ");
        String mobile = customer[0];
        List<String> fullNumbers = List.of(customer[1], customer[2]);
        WebBrowser b = browsers.open(base, Viewport.PHONE);

        b.go("/portal/login");
        b.type(MOBILE, mobile).type(PASSWORD, BrowserFixtureServlet.PASSWORD).clickAndWaitForNewPage(SIGN_IN);
        assertEquals("/portal/dashboard", b.path());
        assertTrue(b.find(By.className("greeting")).getText().contains(BrowserFixtureServlet.CUSTOMER_NAME));

        String accounts = b.find(By.id("accounts")).getText();
        assertEquals(2, b.findAll(By.cssSelector("#accounts li")).size(), "the two accounts");
        for (String full : fullNumbers) {
            String masked = "XXXX" + full.substring(full.length() - 4);
            assertTrue(accounts.contains(masked), masked + " in " + accounts);
            assertFalse(b.html().contains(full), "the full account number " + full + " is nowhere on the page");
        }
        assertTrue(accounts.contains("₹12,345.67"), "the savings balance, Indian grouping: " + accounts);
        assertFitsTheScreen(b);
        b.screenshot("portal-accounts-phone");
        b.assertAccessible("portal-accounts-phone");

        b.clickAndWaitForNewPage(SIGN_OUT);
        assertTrue(b.path().startsWith("/portal/login"), b.path());
        assertTrue(b.text().contains("You have signed out."));
        assertTrue(b.isPresent(By.id("login-form")));
        b.screenshot("portal-signed-out-phone");

        b.go("/portal/dashboard");
        assertTrue(b.isPresent(By.id("login-form")), "the session is over: the accounts page asks to sign in again");
    }

    /** Nothing wider than the phone: no sideways scrolling. */
    private static void assertFitsTheScreen(WebBrowser b) {
        Object overflow = b.driver().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0L, ((Number) overflow).longValue(), "the page scrolls sideways on a phone");
    }
}
