package org.coopbank.it.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.coopbank.it.Browser;
import org.coopbank.it.Deployments;
import org.coopbank.it.portal.PortalBank;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The manager's floating-rate change screen over HTTP (find the loan, review, confirm; bad input refused with nothing
 * changed; other roles refused), and the approvals list offering no "Disburse" for a loan to be paid out elsewhere.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RateChangePageIT {

    private static final String PAGE = "/admin/manager/rate-change";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(ScreensFixtureServlet.class, PortalBank.class, PortalBank.Made.class,
                org.coopbank.it.batch.BatchProbe.class);
    }

    @ArquillianResource
    URL testWar;

    private ScreensClient fx;

    @BeforeEach
    void setUp() {
        fx = new ScreensClient("http://" + testWar.getHost() + ":" + testWar.getPort());
    }

    /** Signed in as a new manager, the loan found by its number and picked: the page with the change form. */
    private HttpResponse<String> picked(Browser manager, String loanNumber) throws Exception {
        HttpResponse<String> open = manager.get(PAGE);
        assertEquals(200, open.statusCode());
        HttpResponse<String> found = ScreensClient.submit(manager, PAGE, open, "rate",
                Map.of("rate:query", loanNumber, "rate:search", ""));
        assertTrue(found.body().contains(loanNumber) && found.body().contains("id=\"rate:loans:0:change\""), found.body());
        assertFalse(found.body().contains("id=\"rate:loans:1:change\""), "the search found the one loan");
        HttpResponse<String> picked = ScreensClient.submit(manager, PAGE, found, "rate",
                Map.of("rate:query", loanNumber, "rate:loans:0:change", ""));
        assertTrue(picked.body().contains("id=\"rate:annualRate\""), picked.body());
        assertTrue(picked.body().contains("id=\"current-rate\">12 %"), "the current rate is shown");
        return picked;
    }

    @Test
    void aManager_findsTheLoan_reviewsTheChange_andConfirms_andSeesItPendingForTheJob() throws Exception {
        String[] loan = fx.fixture("floating", "name", "Rate Happy").split(" ");
        Browser manager = fx.staff("manager");
        assertTrue(manager.get("/admin/home").body().contains(PAGE), "the manager's menu links the screen");
        HttpResponse<String> picked = picked(manager, loan[1]);
        assertTrue(picked.body().contains("₹2,40,000.00") || picked.body().contains("2,40,000.00"),
                "the outstanding principal in Indian grouping");

        HttpResponse<String> review = ScreensClient.submit(manager, PAGE, picked, "rate",
                Map.of("rate:query", loan[1], "rate:annualRate", "13.5", "rate:keep", "KEEP_TENURE", "rate:review", ""));
        String body = review.body();
        assertTrue(body.contains("id=\"confirmation\""), body);
        assertTrue(body.contains("from 12 % to 13.5 %") && body.contains("instalments left stay; the EMI goes from"), body);
        assertEquals("12 0", fx.fixture("rate", "loan", loan[0]), "nothing changes before the confirmation");

        HttpResponse<String> done = ScreensClient.submit(manager, PAGE, review, "rate",
                Map.of("rate:query", loan[1], "rate:confirm", ""));
        assertTrue(done.body().contains("Loan " + loan[1] + " now runs at 13.5 % p.a."), done.body());
        assertEquals("13.5 1", fx.fixture("rate", "loan", loan[0]));
        String changed = ScreensClient.row(done.body().substring(done.body().indexOf("id=\"rate:changes\"")), loan[1]);
        assertTrue(changed.contains("12 → 13.5") && changed.contains("Pending") && changed.contains("Keep the tenure"),
                changed);
    }

    @Test
    void aRateAboveTheLimit_orNotANumber_orNoChoice_isRefusedBesideTheField_andNothingChanges() throws Exception {
        String[] loan = fx.fixture("floating", "name", "Rate Refused").split(" ");
        Browser manager = fx.staff("manager");
        HttpResponse<String> picked = picked(manager, loan[1]);

        HttpResponse<String> tooHigh = ScreensClient.submit(manager, PAGE, picked, "rate",
                Map.of("rate:query", loan[1], "rate:annualRate", "99", "rate:keep", "KEEP_EMI", "rate:review", ""));
        assertTrue(tooHigh.body().contains("New rate (% p.a.) must be between 0 and 36"), tooHigh.body());
        assertFalse(tooHigh.body().contains("id=\"confirmation\""), "no review of a refused rate");

        HttpResponse<String> word = ScreensClient.submit(manager, PAGE, tooHigh, "rate",
                Map.of("rate:query", loan[1], "rate:annualRate", "twelve", "rate:keep", "KEEP_EMI", "rate:review", ""));
        assertTrue(word.body().contains("enter a number"), word.body());
        assertFalse(word.body().contains("id=\"confirmation\""));

        HttpResponse<String> noChoice = ScreensClient.submit(manager, PAGE, word, "rate",
                Map.of("rate:query", loan[1], "rate:annualRate", "11", "rate:review", ""));
        assertTrue(noChoice.body().contains("choose to keep the EMI or the tenure"), noChoice.body());

        HttpResponse<String> same = ScreensClient.submit(manager, PAGE, noChoice, "rate",
                Map.of("rate:query", loan[1], "rate:annualRate", "12", "rate:keep", "KEEP_EMI", "rate:review", ""));
        assertTrue(same.body().contains("already runs at 12 %"), same.body());
        assertEquals("12 0", fx.fixture("rate", "loan", loan[0]), "nothing changed");
    }

    @Test
    void everyOtherRole_isRefusedTheScreen_andDoesNotSeeItInTheMenu() throws Exception {
        for (String role : List.of("superadmin", "clerk", "cashier", "accountant")) {
            Browser b = fx.staff(role);
            assertEquals(403, b.get(PAGE).statusCode(), role);
            assertFalse(b.get("/admin/home").body().contains(PAGE), role + " menu");
        }
        assertTrue(Browser.isLoginPage(new Browser("http://" + testWar.getHost() + ":" + testWar.getPort()).get(PAGE)));
    }

    @Test
    void approvals_offerNoDisburse_forALoanToBePaidOutElsewhere() throws Exception {
        String payout = fx.fixture("payout-loan", "name", "Payout Borrower");
        Browser manager = fx.staff("manager");
        String html = manager.get("/admin/manager/approvals").body();
        String table = html.substring(html.indexOf("id=\"approvals:disbursements\""));
        String row = ScreensClient.row(table, payout);
        assertFalse(row.isEmpty(), "the payout loan is listed among the approved loans");
        assertFalse(row.contains(":disburse\""), "no Disburse button: " + row);
        assertTrue(row.contains("hourly loan-disbursement run"), row);
    }
}
