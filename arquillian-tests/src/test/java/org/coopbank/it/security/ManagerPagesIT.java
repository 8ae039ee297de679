package org.coopbank.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
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

/** The manager's screens over HTTP: only managers open /admin/manager/*, and the menu offers them only to managers. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ManagerPagesIT {

    private static final List<String> PAGES = List.of("/admin/manager/approvals", "/admin/manager/dashboard",
            "/admin/manager/portal-access", "/admin/manager/rate-change");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(ManagerPagesIT.class, SecurityFixtureServlet.class, Fixtures.class, Browser.class);
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
    void aManager_opensTheApprovalsAndTheDashboard() throws Exception {
        Browser manager = signedIn("manager");
        HttpResponse<String> approvals = manager.get("/admin/manager/approvals");
        assertEquals(200, approvals.statusCode());
        for (String table : List.of("approvals:customers", "approvals:loans", "approvals:disbursements", "approvals:reversals",
                "approvals:withdrawals")) {
            assertTrue(approvals.body().contains("id=\"" + table + "\""), table);
        }
        HttpResponse<String> dashboard = manager.get("/admin/manager/dashboard");
        assertEquals(200, dashboard.statusCode());
        assertTrue(dashboard.body().contains("id=\"position-chart\"") && dashboard.body().contains("id=\"overdue-chart\""));
        assertTrue(dashboard.body().contains("id=\"position-table\"") && dashboard.body().contains("id=\"overdue-table\""),
                "each chart's figures are on the page as a table");
        HttpResponse<String> access = manager.get("/admin/manager/portal-access");
        assertEquals(200, access.statusCode());
        assertTrue(access.body().contains("id=\"access:customers\""), "the customers waiting for portal access");
        HttpResponse<String> rates = manager.get("/admin/manager/rate-change");
        assertEquals(200, rates.statusCode());
        assertTrue(rates.body().contains("id=\"rate:loans\"") && rates.body().contains("id=\"rate:changes\""),
                "the floating-rate loans and the rate changes");
        String home = manager.get("/admin/home").body();
        assertTrue(home.contains("/admin/manager/approvals") && home.contains("/admin/manager/dashboard")
                && home.contains("/admin/manager/portal-access") && home.contains("/admin/manager/rate-change"));
    }

    @Test
    void everyOtherRole_isRefusedTheManagersPages_andDoesNotSeeThemInTheMenu() throws Exception {
        for (String role : List.of("superadmin", "clerk", "cashier", "accountant", "clerk,cashier,accountant")) {
            Browser b = signedIn(role);
            for (String page : PAGES) {
                assertEquals(403, b.get(page).statusCode(), role + " on " + page);
            }
            assertFalse(b.get("/admin/home").body().contains("/admin/manager/"), role + " menu");
        }
    }

    @Test
    void signedOut_theManagersPagesAskForASignIn() throws Exception {
        for (String page : PAGES) {
            HttpResponse<String> r = new Browser(base).get(page);
            assertTrue(Browser.isLoginPage(r), page + ": " + r.statusCode());
        }
    }
}
