package org.coopbank.it.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
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
 * {@code /portal/standing-instructions} over HTTP: the owner sees their EMI auto-debit and their transfer (missed for
 * want of balance), account numbers masked, amounts in Indian grouping, linked from the loan page; another customer
 * sees none of it; a stranger gets the sign-in page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalStandingInstructionsIT {

    private static final String PAGE = "/portal/standing-instructions";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(ScreensFixtureServlet.class, PortalBank.class, PortalBank.Made.class);
    }

    @ArquillianResource
    URL testWar;

    private String base;
    private ScreensClient fx;

    @BeforeEach
    void setUp() {
        base = "http://" + testWar.getHost() + ":" + testWar.getPort();
        fx = new ScreensClient(base);
    }

    private record Member(PortalBank.Made made, long emiId, long transferId) {
    }

    private Member member(String name) throws Exception {
        String line = fx.fixture("instructions", "name", name);
        String[] p = line.split(" ");
        int n = p.length;
        return new Member(PortalBank.Made.parse(String.join(" ", java.util.Arrays.copyOf(p, n - 2))),
                Long.parseLong(p[n - 2]), Long.parseLong(p[n - 1]));
    }

    private Browser signedIn(PortalBank.Made m) throws Exception {
        Browser b = new Browser(base);
        assertTrue(b.login("/portal/dashboard", "/portal/login", m.mobile(), PortalBank.PASSWORD));
        return b;
    }

    private static String masked(String number) {
        return "XXXX" + number.substring(number.length() - 4);
    }

    @Test
    void theOwner_seesTheirInstructions_masked_withTheLastOutcome_andTheLoanPageLinksThem() throws Exception {
        Member m = member("Standing Owner");
        Browser b = signedIn(m.made());
        HttpResponse<String> r = b.get(PAGE);
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertFalse(html.contains(m.made().savingsNumber()) || html.contains(m.made().currentNumber()),
                "no full account number");
        String emi = section(html, m.emiId());
        assertTrue(emi.contains("EMI of loan " + m.made().loanNumber()), emi);
        assertTrue(emi.contains(masked(m.made().savingsNumber())) && emi.contains("The EMI due") && emi.contains("Active"), emi);
        assertTrue(emi.contains("Not run yet"), emi);
        assertTrue(emi.contains("/portal/loans/" + m.made().loanId()), "links its loan");
        String transfer = section(html, m.transferId());
        assertTrue(transfer.contains("Transfer to account " + masked(m.made().savingsNumber())), transfer);
        assertTrue(transfer.contains(masked(m.made().currentNumber())), "paid from the current account, masked");
        assertTrue(transfer.contains("₹50,000.00") && transfer.contains("Every month"), transfer);
        assertTrue(transfer.contains("Not done: balance too low"), transfer);
        assertTrue(html.contains("href=\"/portal/standing-instructions\""), "the navigation links the page");

        String loan = b.get("/portal/loans/" + m.made().loanId()).body();
        assertTrue(loan.contains("id=\"auto-debit\"") && loan.contains(PAGE + "#si-" + m.emiId()), "the loan page links it");
        assertTrue(loan.contains("From " + masked(m.made().savingsNumber()) + " on each due date"), loan);
        String other = b.get("/portal/loans/" + m.made().freshLoanId()).body();
        assertFalse(other.contains("id=\"auto-debit\""), "a loan no instruction pays shows none");
    }

    @Test
    void anotherCustomer_seesNoneOfThem_andAStrangerIsAskedToSignIn() throws Exception {
        Member owner = member("Standing Holder");
        PortalBank.Made snooper = member("Standing Snooper").made();
        String html = signedIn(snooper).get(PAGE).body();
        assertFalse(html.contains("id=\"si-" + owner.emiId() + "\"") || html.contains("id=\"si-" + owner.transferId() + "\""),
                "another customer's instructions are not listed");
        assertFalse(html.contains(owner.made().loanNumber()) || html.contains(masked(owner.made().currentNumber())), html);
        assertTrue(Browser.isLoginPage(new Browser(base).get(PAGE)));
        assertEquals(404, signedIn(snooper).get("/portal/loans/" + owner.made().loanId()).statusCode(),
                "the owner's loan, linked from the owner's instruction, is a 404 for anyone else");
    }

    private static String section(String html, long id) {
        int at = html.indexOf("id=\"si-" + id + "\"");
        assertTrue(at >= 0, "instruction " + id + " listed");
        int end = html.indexOf("</section>", at);
        return html.substring(at, end);
    }
}
