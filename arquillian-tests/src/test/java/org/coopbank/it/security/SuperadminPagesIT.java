package org.coopbank.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
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

/** The superadmin's branches, FD rate card and feature flags over HTTP: superadmins only, 403 for every other role. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SuperadminPagesIT {

    /** Each page and an element id it must render. */
    private static final Map<String, String> PAGES = Map.of(
            "/admin/superadmin/branches", "id=\"branch:list\"",
            "/admin/superadmin/rate-card", "id=\"card:current\"",
            "/admin/superadmin/flags", "id=\"flags:list\"");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(SuperadminPagesIT.class, SecurityFixtureServlet.class, Fixtures.class, Browser.class);
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

    private Browser signedIn(String roles) throws Exception {
        String user = fx.call("staff", "p", roles);
        Browser b = new Browser(base);
        assertTrue(b.login("/admin/home", "/admin/login", user, SecurityFixtureServlet.PASSWORD), "sign-in of " + user);
        return b;
    }

    @Test
    void aSuperadmin_opensBranchesRateCardAndFlags_fromTheMenu() throws Exception {
        Browser admin = signedIn("superadmin");
        for (Map.Entry<String, String> page : PAGES.entrySet()) {
            HttpResponse<String> r = admin.get(page.getKey());
            assertEquals(200, r.statusCode(), page.getKey());
            assertTrue(r.body().contains(page.getValue()), page.getKey() + ": " + r.body());
            assertFalse(r.body().contains("Something went wrong"), page.getKey());
        }
        String flags = admin.get("/admin/superadmin/flags").body();
        assertTrue(flags.contains("<code>portal</code>"), "the seeded portal flag is listed");
        String home = admin.get("/admin/home").body();
        for (String page : PAGES.keySet()) {
            assertTrue(home.contains(page), "the menu links " + page);
        }
    }

    @Test
    void everyOtherRole_isRefused_andSeesNoLink() throws Exception {
        for (String role : List.of("clerk", "manager", "cashier", "accountant", "clerk,cashier,accountant,manager")) {
            Browser b = signedIn(role);
            for (String page : PAGES.keySet()) {
                assertEquals(403, b.get(page).statusCode(), role + " on " + page);
            }
            String home = b.get("/admin/home").body();
            for (String page : PAGES.keySet()) {
                assertFalse(home.contains(page), role + " menu shows " + page);
            }
        }
    }

    @Test
    void signedOut_thePagesAskForASignIn() throws Exception {
        for (String page : PAGES.keySet()) {
            HttpResponse<String> r = new Browser(base).get(page);
            assertTrue(Browser.isLoginPage(r), page + ": " + r.statusCode());
        }
    }
}
