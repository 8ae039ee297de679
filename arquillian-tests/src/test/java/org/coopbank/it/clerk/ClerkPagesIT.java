package org.coopbank.it.clerk;

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

/** The clerk's task pages over HTTP: who may open them, what they hold, and the 360 view's actions and alerts. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClerkPagesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(ClerkPagesIT.class, ClerkFixtureServlet.class, ClerkFixtures.class, Browser.class);
    }

    @ArquillianResource
    URL testWar;

    private String base;
    private ClerkFixtures fx;

    @BeforeEach
    void setUp() {
        base = "http://" + testWar.getHost() + ":" + testWar.getPort();
        fx = new ClerkFixtures(base);
    }

    private Browser signedIn(String roles) throws Exception {
        String user = fx.call("staff", "roles", roles);
        Browser b = new Browser(base);
        assertTrue(b.login("/admin/home", "/admin/login", user, ClerkFixtureServlet.PASSWORD), "sign-in of " + user);
        return b;
    }

    @Test
    void onboarding_showsEveryKycField_labelled_andTheMenuLinksIt() throws Exception {
        Browser clerk = signedIn("clerk");
        assertTrue(clerk.get("/admin/home").body().contains("/admin/clerk/onboard"), "the clerk's menu links onboarding");
        HttpResponse<String> page = clerk.get("/admin/clerk/onboard");
        assertEquals(200, page.statusCode());
        for (String f : List.of("branchId", "fullName", "dateOfBirth", "mobile", "email", "address", "panNumber",
                "aadhaarNumber", "nomineeName", "nomineeRelation")) {
            assertTrue(page.body().contains("id=\"form:" + f + "\""), f);
            assertTrue(page.body().contains("for=\"form:" + f + "\""), f + " has a label");
        }
        assertFalse(signedIn("cashier").get("/admin/home").body().contains("/admin/clerk/onboard"));
    }

    @Test
    void aPendingCustomer_showsPendingAndWhoOnboarded_andNoActions() throws Exception {
        String[] pending = fx.call("pending").split(" ");
        HttpResponse<String> view = signedIn("clerk").get("/admin/clerk/customer?id=" + pending[0]);
        assertEquals(200, view.statusCode());
        assertTrue(view.body().contains("<dd id=\"status\">PENDING</dd>"), view.body());
        assertTrue(view.body().contains("test.clerk"), "onboarded by");
        assertTrue(view.body().contains("id=\"no-actions\""));
        assertFalse(view.body().contains("/admin/clerk/open-account?customer="));
    }

    @Test
    void anApprovedCustomer_showsTheActions_andTheAlertsSent() throws Exception {
        String[] created = fx.call("account").split(" ");
        fx.call("deposit", "account", created[1], "amount", "700.00");
        Browser clerk = signedIn("clerk");
        String body = "";
        for (int i = 0; i < 40 && !body.contains("credited"); i++) {
            body = clerk.get("/admin/clerk/customer?id=" + created[0]).body();
            if (!body.contains("credited")) {
                Thread.sleep(250);
            }
        }
        for (String task : List.of("open-account", "loan", "fd")) {
            assertTrue(body.contains("/admin/clerk/" + task + "?customer=" + created[0]), task);
        }
        assertTrue(body.contains("id=\"alerts\"") && body.contains("credited"), "the deposit's alert is listed: " + body);
        assertFalse(body.contains(created[1] + " credited"), "alerts keep the account masked");
    }

    @Test
    void theTaskPages_openForTheClerk_withTheirFields() throws Exception {
        String[] created = fx.call("account").split(" ");
        Browser clerk = signedIn("clerk");
        HttpResponse<String> open = clerk.get("/admin/clerk/open-account?customer=" + created[0]);
        assertEquals(200, open.statusCode());
        assertTrue(open.body().contains("form:type") && open.body().contains("Clerk Customer"), open.body());
        HttpResponse<String> loan = clerk.get("/admin/clerk/loan?customer=" + created[0]);
        assertEquals(200, loan.statusCode());
        for (String f : List.of("accountId", "principal", "annualRate", "tenureMonths", "purpose", "floatingRate", "payoutToExternal")) {
            assertTrue(loan.body().contains("id=\"form:" + f + "\""), f);
        }
        assertTrue(loan.body().contains(created[1]), "the customer's account is offered");
        HttpResponse<String> fd = clerk.get("/admin/clerk/fd?customer=" + created[0]);
        assertEquals(200, fd.statusCode());
        for (String f : List.of("accountId", "principal", "tenureMonths")) {
            assertTrue(fd.body().contains("id=\"form:" + f + "\""), f);
        }
        HttpResponse<String> missing = clerk.get("/admin/clerk/loan?customer=987654321");
        assertEquals(200, missing.statusCode());
        assertTrue(missing.body().contains("not found"), "a refusal is a message on the page");
    }

    @Test
    void otherRoles_areRefusedTheClerksTasks() throws Exception {
        Browser cashier = signedIn("cashier");
        for (String path : List.of("/admin/clerk/onboard", "/admin/clerk/open-account?customer=1",
                "/admin/clerk/loan?customer=1", "/admin/clerk/fd?customer=1")) {
            assertEquals(403, cashier.get(path).statusCode(), path);
        }
        assertEquals(403, signedIn("manager").get("/admin/clerk/onboard").statusCode());
    }
}
