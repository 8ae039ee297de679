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

/** The intranet's Faces pages over HTTP: each role opens its own area and is refused (403) in the others. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntranetPagesIT {

    private static final List<String> ROLES = List.of("superadmin", "manager", "clerk", "cashier", "accountant");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(IntranetPagesIT.class, SecurityFixtureServlet.class, Fixtures.class, Browser.class);
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
    void everyRole_opensItsOwnArea_andIsRefusedInTheOthers() throws Exception {
        for (String role : ROLES) {
            Browser b = signedIn(role);
            HttpResponse<String> home = b.get("/admin/home");
            assertEquals(200, home.statusCode(), role);
            assertTrue(home.body().contains("<span id=\"roles\">" + role + "</span>"), home.body());
            for (String area : ROLES) {
                int status = b.get("/admin/" + area + "/no-such-page").statusCode();
                if (area.equals(role)) {
                    assertEquals(404, status, role + " in its own area");
                } else {
                    assertEquals(403, status, role + " in the " + area + " area");
                }
            }
        }
    }

    @Test
    void theMenu_showsOnlyWhatTheRolesOpen() throws Exception {
        String cashierHome = signedIn("cashier").get("/admin/home").body();
        assertTrue(cashierHome.contains("/admin/cashier/cash"));
        assertFalse(cashierHome.contains("/admin/clerk/customers"));
        String both = signedIn("clerk,cashier").get("/admin/home").body();
        assertTrue(both.contains("/admin/cashier/cash") && both.contains("/admin/clerk/customers"));
    }

    @Test
    void clerk_seesTheCustomerList_andTheCustomer360View() throws Exception {
        String[] created = fx.call("account", "p", "277895.80").split(" ");
        Browser clerk = signedIn("clerk");
        HttpResponse<String> list = clerk.get("/admin/clerk/customers");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("id=\"search:results\""), "the lazy table is on the page");
        HttpResponse<String> view = clerk.get("/admin/clerk/customer?id=" + created[0]);
        assertEquals(200, view.statusCode());
        assertTrue(view.body().contains("Intranet Customer"), view.body());
        assertTrue(view.body().contains(created[1]), "staff see the full account number");
        assertTrue(view.body().contains("₹2,77,895.80"), "Indian grouping");
        HttpResponse<String> missing = clerk.get("/admin/clerk/customer?id=987654321");
        assertEquals(200, missing.statusCode());
        assertTrue(missing.body().contains("not found"), "a refusal is a message on the page, not an error page");
        assertEquals(403, signedIn("cashier").get("/admin/clerk/customer?id=" + created[0]).statusCode());
    }

    @Test
    void cashier_seesTheCashScreen() throws Exception {
        HttpResponse<String> cash = signedIn("cashier").get("/admin/cashier/cash");
        assertEquals(200, cash.statusCode());
        assertTrue(cash.body().contains("id=\"cash:account\""), cash.body());
        assertTrue(cash.body().contains("Content-Security-Policy") || cash.headers().firstValue("Content-Security-Policy").isPresent());
    }

    private static final List<String> ACCOUNTANT_PAGES = List.of("/admin/accountant/journal", "/admin/accountant/trial-balance",
            "/admin/accountant/day-book", "/admin/accountant/gl-statement", "/admin/accountant/ageing",
            "/admin/accountant/reversals", "/admin/accountant/entry?id=1");

    @Test
    void onlyAccountants_openTheAccountantsReports() throws Exception {
        Browser accountant = signedIn("accountant");
        for (String page : ACCOUNTANT_PAGES) {
            HttpResponse<String> r = accountant.get(page);
            assertEquals(200, r.statusCode(), page);
            assertFalse(r.body().contains("Something went wrong"), page + ": " + r.body());
        }
        String home = accountant.get("/admin/home").body();
        for (String page : ACCOUNTANT_PAGES.subList(0, 6)) {
            assertTrue(home.contains(page), "the menu links " + page);
        }
        HttpResponse<String> tb = accountant.get("/admin/accountant/trial-balance?asOf=2026-01-31");
        assertTrue(tb.body().contains("Balanced: total debits"), tb.body());
        assertTrue(accountant.get("/admin/accountant/entry?id=987654321").body().contains("No journal entry 987654321"),
                "an unknown entry is a message on the page");
        for (String role : List.of("superadmin", "manager", "clerk", "cashier")) {
            Browser other = signedIn(role);
            for (String page : ACCOUNTANT_PAGES) {
                assertEquals(403, other.get(page).statusCode(), role + " on " + page);
            }
            String menu = other.get("/admin/home").body();
            if (role.equals("superadmin")) { // the online payments reconciliation is the superadmin's too
                assertTrue(menu.contains("/admin/accountant/payments"), "superadmin sees the reconciliation link");
                menu = menu.replace("/admin/accountant/payments", "");
            }
            assertFalse(menu.contains("/admin/accountant/"), role + " sees no accountant report link");
        }
    }
}
