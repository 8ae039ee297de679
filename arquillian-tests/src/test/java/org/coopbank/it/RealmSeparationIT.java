package org.coopbank.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Over real HTTP, as a browser would: each WAR accepts only its own realm's credentials, in both login orders,
 * and a session in one WAR grants nothing in the other.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RealmSeparationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(RealmSeparationIT.class, RealmFixtureServlet.class, Browser.class);
    }

    @ArquillianResource
    URL testWar;

    private String base;
    private String staffUser;
    private String customerMobile;

    @BeforeEach
    void createUsers() throws Exception {
        base = "http://" + testWar.getHost() + ":" + testWar.getPort();
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/bank-tests/fixtures/realm-users")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        String[] parts = r.body().trim().split(" ");
        staffUser = parts[0];
        customerMobile = parts[1];
    }

    @Test
    void staffThenCustomer_eachRealmOnlyOpensItsOwnWar() throws Exception {
        Browser b = new Browser(base);
        assertTrue(b.login("/admin/home", "/admin/login", staffUser, RealmFixtureServlet.PASSWORD));
        assertTrue(b.get("/admin/home").body().contains(staffUser));
        // the staff session opens nothing in the portal
        assertTrue(isLoginPage(b.get("/portal/dashboard")), "staff session must not open the portal");
        // staff credentials are unknown to the customer realm
        assertFalse(b.login("/portal/dashboard", "/portal/login", staffUser, RealmFixtureServlet.PASSWORD));
        // the customer signs in to the portal; the portal session opens nothing in admin beyond the staff session
        Browser c = new Browser(base);
        assertTrue(c.login("/portal/dashboard", "/portal/login", customerMobile, RealmFixtureServlet.PASSWORD));
        assertTrue(c.get("/portal/dashboard").body().contains("Realm Customer"));
        assertTrue(isLoginPage(c.get("/admin/home")), "customer session must not open the intranet");
    }

    @Test
    void customerThenStaff_eachRealmOnlyOpensItsOwnWar() throws Exception {
        Browser b = new Browser(base);
        assertTrue(b.login("/portal/dashboard", "/portal/login", customerMobile, RealmFixtureServlet.PASSWORD));
        assertTrue(isLoginPage(b.get("/admin/home")), "customer session must not open the intranet");
        assertFalse(b.login("/admin/home", "/admin/login", customerMobile, RealmFixtureServlet.PASSWORD),
                "customer credentials must not open the intranet");
        Browser s = new Browser(base);
        assertTrue(s.login("/admin/home", "/admin/login", staffUser, RealmFixtureServlet.PASSWORD));
        assertTrue(isLoginPage(s.get("/portal/dashboard")), "staff session must not open the portal");
    }

    @Test
    void sessionId_isRotatedAtLogin_andCookiesAreHttpOnly() throws Exception {
        Browser b = new Browser(base);
        HttpResponse<String> loginPage = b.get("/portal/dashboard");
        String before = b.cookie("PORTALSESSION");
        String setCookie = String.join(";", loginPage.headers().allValues("Set-Cookie"));
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Lax"), setCookie);
        assertTrue(b.login("/portal/dashboard", "/portal/login", customerMobile, RealmFixtureServlet.PASSWORD));
        String after = b.cookie("PORTALSESSION");
        assertTrue(before != null && after != null && !before.equals(after), "session id must change at login");

        Browser s = new Browser(base);
        HttpResponse<String> adminLogin = s.get("/admin/home");
        assertTrue(String.join(";", adminLogin.headers().allValues("Set-Cookie")).contains("SameSite=Strict"));
        String adminBefore = s.cookie("ADMINSESSION");
        assertTrue(s.login("/admin/home", "/admin/login", staffUser, RealmFixtureServlet.PASSWORD));
        assertFalse(adminBefore.equals(s.cookie("ADMINSESSION")), "session id must change at login");
    }

    @Test
    void customerBlockedAfterSigningIn_losesTheSession() throws Exception {
        Browser c = new Browser(base);
        assertTrue(c.login("/portal/dashboard", "/portal/login", customerMobile, RealmFixtureServlet.PASSWORD));
        assertEquals(200, c.get("/portal/dashboard").statusCode());
        HttpResponse<String> blocked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/bank-tests/fixtures/realm-users?block=" + customerMobile))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, blocked.statusCode(), blocked.body());
        HttpResponse<String> ended = c.get("/portal/dashboard");
        assertEquals(302, ended.statusCode());
        assertTrue(ended.headers().firstValue("Location").orElse("").endsWith("/portal/login"));
        assertTrue(isLoginPage(c.get("/portal/dashboard")), "the session is gone: back to the login page");
        assertFalse(new Browser(base).login("/portal/dashboard", "/portal/login", customerMobile, RealmFixtureServlet.PASSWORD),
                "a blocked customer cannot sign in again");
    }

    @Test
    void wrongPassword_isRefused_inBothWars() throws Exception {
        assertFalse(new Browser(base).login("/admin/home", "/admin/login", staffUser, "wrong-password1"));
        assertFalse(new Browser(base).login("/portal/dashboard", "/portal/login", customerMobile, "wrong-password1"));
    }

    @Test
    void roleAreas_refuseStaffWithoutTheRole() throws Exception {
        Browser b = new Browser(base);
        assertTrue(b.login("/admin/home", "/admin/login", staffUser, RealmFixtureServlet.PASSWORD));
        assertEquals(403, b.get("/admin/superadmin/staff").statusCode());
        assertEquals(403, b.get("/admin/accountant/trial-balance").statusCode());
        assertEquals(404, b.get("/admin/cashier/no-such-page").statusCode(), "own area: allowed in, page absent");
    }

    private static boolean isLoginPage(HttpResponse<String> r) {
        return Browser.isLoginPage(r);
    }
}
