package org.coopbank.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/**
 * The portal's code pages on a phone, each code read from the outbox as the customer's phone would receive it:
 * activation after a manager's grant, sign-in with a one-time code (a wrong one first), and a forgotten password.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalAccessPagesBrowserIT {

    private static final String NEW_PASSWORD = "Neem#Leaf2048";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(AccessFixtureServlet.class, AccessProbe.class);
    }

    @ArquillianResource
    URL testWar;

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private String fixture(String base, String action, String mobile) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                        + "/bank-tests/fixtures/access?do=" + action + (mobile == null ? "" : "&mobile=" + mobile)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body().trim();
    }

    private static void check(WebBrowser b, String name) {
        Object overflow = b.driver().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0L, ((Number) overflow).longValue(), name + " scrolls sideways on a phone");
        b.screenshot(name);
        b.assertAccessible(name);
    }

    private static void signInWithPassword(WebBrowser b, String mobile, String password) {
        b.go("/portal/login");
        b.type(By.name("username"), mobile).type(By.name("password"), password)
                .clickAndWaitForNewPage(By.cssSelector("#login-form button[type=submit]"));
    }

    @Test
    void activation_thenPasswordSignIn() throws Exception {
        String base = BrowserTestSupport.base(testWar);
        String mobile = fixture(base, "granted", null);
        WebBrowser b = browsers.open(base, Viewport.PHONE);
        b.go("/portal/login");
        b.clickAndWaitForNewPage(By.linkText("First time here? Activate your access"));
        assertEquals("/portal/activate", b.path());
        check(b, "portal-activate-phone");
        String code = fixture(base, "latest-code", mobile);
        b.type(By.id("activate:mobile"), mobile).type(By.id("activate:code"), code)
                .type(By.id("activate:password"), "password").type(By.id("activate:confirm"), "password")
                .clickAndWaitForNewPage(By.id("activate:save"));
        assertTrue(b.find(By.className("msg-error")).getText().startsWith("New password:"), "a weak password is refused: " + b.text());
        check(b, "portal-activate-weak-password-phone");
        b.type(By.id("activate:code"), code).type(By.id("activate:password"), NEW_PASSWORD)
                .type(By.id("activate:confirm"), NEW_PASSWORD).clickAndWaitForNewPage(By.id("activate:save"));
        assertTrue(b.text().contains("Your access is active"), b.text());
        check(b, "portal-activated-phone");
        signInWithPassword(b, mobile, NEW_PASSWORD);
        assertEquals("/portal/dashboard", b.path());
    }

    @Test
    void oneTimeCodeSignIn_wrongCodeFirst_thenTheRightOne() throws Exception {
        String base = BrowserTestSupport.base(testWar);
        String mobile = fixture(base, "customer", null);
        WebBrowser b = browsers.open(base, Viewport.PHONE);
        b.go("/portal/otp");
        check(b, "portal-otp-phone");
        b.type(By.id("otp:mobile"), mobile).clickAndWaitForNewPage(By.id("otp:send"));
        assertTrue(b.text().contains("a code is on its way"), b.text());
        String code = fixture(base, "latest-code", mobile);
        String wrong = code.equals("000000") ? "111111" : "000000";
        b.type(By.id("otp:code"), wrong).clickAndWaitForNewPage(By.id("otp:verify"));
        assertTrue(b.find(By.className("msg-error")).getText().contains("not correct or has expired"), b.text());
        check(b, "portal-otp-wrong-code-phone");
        b.type(By.id("otp:code"), code).clickAndWaitForNewPage(By.id("otp:verify"));
        assertEquals("/portal/dashboard", b.path());
        b.screenshot("portal-otp-signed-in-phone");
    }

    @Test
    void forgottenPassword_newPasswordWithAResetCode() throws Exception {
        String base = BrowserTestSupport.base(testWar);
        String mobile = fixture(base, "customer", null);
        WebBrowser b = browsers.open(base, Viewport.PHONE);
        b.go("/portal/forgot");
        b.type(By.id("forgot:mobile"), mobile).clickAndWaitForNewPage(By.id("forgot:send"));
        check(b, "portal-forgot-code-sent-phone");
        String code = fixture(base, "latest-code", mobile);
        b.type(By.id("forgot:code"), code).type(By.id("forgot:password"), NEW_PASSWORD)
                .type(By.id("forgot:confirm"), NEW_PASSWORD).clickAndWaitForNewPage(By.id("forgot:save"));
        assertTrue(b.text().contains("Your password was changed"), b.text());
        signInWithPassword(b, mobile, AccessFixtureServlet.PASSWORD);
        assertTrue(b.isPresent(By.id("login-form")), "the old password no longer works");
        signInWithPassword(b, mobile, NEW_PASSWORD);
        assertEquals("/portal/dashboard", b.path());
    }
}
