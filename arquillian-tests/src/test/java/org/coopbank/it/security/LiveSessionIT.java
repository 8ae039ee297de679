package org.coopbank.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.coopbank.it.Browser;
import org.coopbank.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A user disabled, demoted or blocked while signed in loses the session on the next request; temporary passwords. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LiveSessionIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(LiveSessionIT.class, SecurityFixtureServlet.class, Fixtures.class, Browser.class);
    }

    @ArquillianResource
    URL testWar;

    private String base;
    private Fixtures fx;

    @BeforeEach
    void setUp() {
        base = "http://" + testWar.getHost() + ":" + testWar.getPort();
        fx = new Fixtures(base);
    }

    @Test
    void staffDisabledWhileSignedIn_losesTheSession() throws Exception {
        String user = fx.call("staff", "p", "clerk");
        Browser b = signedInStaff(user, SecurityFixtureServlet.PASSWORD);
        fx.call("disable", "user", user);
        assertSentToLogin(b.get("/admin/home"), "/admin/login");
        assertTrue(Browser.isLoginPage(b.get("/admin/home")), "the session is gone");
        assertTrue(fx.call("events", "user", user).startsWith("SESSION_ENDED SUCCESS"));
    }

    @Test
    void staffLosingARoleWhileSignedIn_losesTheSession() throws Exception {
        String user = fx.call("staff", "p", "clerk,cashier");
        Browser b = signedInStaff(user, SecurityFixtureServlet.PASSWORD);
        assertTrue(b.get("/admin/home").body().contains("cashier, clerk"));
        fx.call("roles", "user", user, "p", "clerk,cashier,accountant");
        assertEquals(200, b.get("/admin/home").statusCode(), "a role added keeps the session (it counts from the next sign-in)");
        fx.call("roles", "user", user, "p", "clerk");
        assertSentToLogin(b.get("/admin/home"), "/admin/login");
        assertTrue(Browser.isLoginPage(b.get("/admin/home")));
        Browser again = signedInStaff(user, SecurityFixtureServlet.PASSWORD);
        assertTrue(again.get("/admin/home").body().contains("<span id=\"roles\">clerk</span>"));
    }

    @Test
    void customerBlockedWhileSignedIn_losesTheSession() throws Exception {
        String mobile = fx.call("customer");
        Browser c = new Browser(base);
        assertTrue(c.login("/portal/dashboard", "/portal/login", mobile, SecurityFixtureServlet.PASSWORD));
        assertEquals(200, c.get("/portal/dashboard").statusCode());
        fx.call("block", "user", mobile);
        assertSentToLogin(c.get("/portal/dashboard"), "/portal/login");
        assertTrue(Browser.isLoginPage(c.get("/portal/dashboard")));
    }

    @Test
    void temporaryPassword_mustBeChangedBeforeAnythingElse() throws Exception {
        String user = fx.call("staff", "p", "cashier");
        fx.call("temporary-password", "user", user, "p", "Temp0rary!pw");
        Browser b = signedInStaff(user, "Temp0rary!pw");
        for (String path : new String[] {"/admin/home", "/admin/cashier/anything", "/admin/"}) {
            HttpResponse<String> r = b.get(path);
            assertEquals(303, r.statusCode(), path);
            assertEquals("/admin/change-password", r.headers().firstValue("Location").orElse(""), path);
        }
        HttpResponse<String> form = b.get("/admin/change-password");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("Your password is temporary"));
        HttpResponse<String> wrong = b.post("/admin/change-password",
                Map.of("current", "Not-the-one1", "new", "MyOwn!pw2026", "confirm", "MyOwn!pw2026"));
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.body().contains("The current password is not correct"), wrong.body());
        HttpResponse<String> crossSite = b.post("/admin/change-password",
                Map.of("current", "Temp0rary!pw", "new", "MyOwn!pw2026", "confirm", "MyOwn!pw2026"), "Origin", "https://evil.example");
        assertEquals(403, crossSite.statusCode());
        HttpResponse<String> done = b.post("/admin/change-password",
                Map.of("current", "Temp0rary!pw", "new", "MyOwn!pw2026", "confirm", "MyOwn!pw2026"));
        assertEquals(303, done.statusCode(), done.body());
        assertEquals(200, b.get("/admin/home").statusCode());
        assertEquals(303, new Browser(base).signIn("/admin/login", user, "MyOwn!pw2026").statusCode());
    }

    private Browser signedInStaff(String user, String password) throws Exception {
        Browser b = new Browser(base);
        assertTrue(b.login("/admin/home", "/admin/login", user, password), "sign-in of " + user);
        return b;
    }

    private static void assertSentToLogin(HttpResponse<String> r, String loginPath) {
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse("").endsWith(loginPath), r.headers().toString());
    }
}
