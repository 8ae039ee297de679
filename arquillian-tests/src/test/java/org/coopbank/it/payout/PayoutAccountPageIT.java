package org.coopbank.it.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopbank.it.Browser;
import org.coopbank.it.Deployments;
import org.coopbank.it.clerk.ClerkFixtureServlet;
import org.coopbank.it.clerk.ClerkFixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The clerk's "Bank account for payouts" page over HTTP: bad details answered beside the fields, add, remove. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PayoutAccountPageIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(PayoutAccountPageIT.class, ClerkFixtureServlet.class, ClerkFixtures.class,
                Browser.class);
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
    void clerk_addsWithMessagesBesideBadFields_thenAddsMasked_thenRemoves() throws Exception {
        String customer = fx.call("account").split(" ")[0];
        Browser clerk = signedIn("clerk");
        assertTrue(clerk.get("/admin/clerk/customer?id=" + customer).body().contains("/admin/clerk/payout-account"),
                "the 360 view links the page");
        String page = "/admin/clerk/payout-account?customer=" + customer;
        HttpResponse<String> open = clerk.get(page);
        assertEquals(200, open.statusCode());
        for (String f : new String[] {"holderName", "ifsc", "accountNumber"}) {
            assertTrue(open.body().contains("id=\"form:" + f + "\""), f);
            assertTrue(open.body().contains("for=\"form:" + f + "\""), f + " has a label");
        }

        HttpResponse<String> bad = clerk.post(page, add(customer, "Meera Iyer", "SBIN1234567", "12345", viewState(open.body())));
        assertEquals(200, bad.statusCode());
        assertTrue(bad.body().contains("four letters, a zero"), bad.body());
        assertTrue(bad.body().contains("must be 9 to 18 digits"), bad.body());
        assertFalse(bad.body().contains("id=\"active\""), "nothing added");

        HttpResponse<String> good = clerk.post(page, add(customer, "Meera Iyer", "kkbk0000958", "918020045675678",
                viewState(bad.body())));
        assertTrue(good.statusCode() == 302 || good.statusCode() == 303, good.statusCode() + " " + good.body());
        HttpResponse<String> added = clerk.get(page);
        assertTrue(added.body().contains("Bank account XXXX5678 (KKBK0000958) added"), added.body());
        assertTrue(added.body().contains("id=\"active\""), added.body());
        assertTrue(added.body().contains("XXXX5678"), added.body());
        assertFalse(added.body().contains("918020045675678"), "the full number is never shown");

        Map<String, String> remove = new LinkedHashMap<>();
        remove.put("form", "form");
        remove.put("customer", customer);
        remove.put("form:remove", "");
        remove.put("jakarta.faces.ViewState", viewState(added.body()));
        HttpResponse<String> removed = clerk.post(page, remove);
        assertTrue(removed.statusCode() == 302 || removed.statusCode() == 303, removed.statusCode() + " " + removed.body());
        HttpResponse<String> after = clerk.get(page);
        assertTrue(after.body().contains("XXXX5678 removed"), after.body());
        assertTrue(after.body().contains("REMOVED"), after.body());
        assertTrue(after.body().contains("id=\"form:addAccount\""), "another may be added");
    }

    @Test
    void clerk_choosesPayoutOnMaturityWhenOpeningAnFd_andTheReviewSaysSo() throws Exception {
        String customer = fx.call("account").split(" ")[0];
        Browser clerk = signedIn("clerk");
        String page = "/admin/clerk/fd?customer=" + customer;
        HttpResponse<String> open = clerk.get(page);
        assertTrue(open.body().contains("id=\"form:payoutToExternal\""), open.body());
        Matcher account = Pattern.compile("<option value=\"(\\d+)\"").matcher(open.body());
        assertTrue(account.find(), open.body());

        Map<String, String> form = new LinkedHashMap<>();
        form.put("form", "form");
        form.put("customer", customer);
        form.put("form:accountId", account.group(1));
        form.put("form:principal", "20000");
        form.put("form:tenureMonths", "12");
        form.put("form:payoutToExternal", "on");
        form.put("form:quote", "");
        form.put("jakarta.faces.ViewState", viewState(open.body()));
        HttpResponse<String> quoted = clerk.post(page, form);
        assertTrue(quoted.body().contains("Paid out to the customer&#39;s bank account elsewhere")
                || quoted.body().contains("Paid out to the customer's bank account elsewhere"), quoted.body());

        Map<String, String> confirm = new LinkedHashMap<>();
        confirm.put("form", "form");
        confirm.put("customer", customer);
        confirm.put("form:confirm", "");
        confirm.put("jakarta.faces.ViewState", viewState(quoted.body()));
        HttpResponse<String> done = clerk.post(page, confirm);
        assertTrue(done.statusCode() == 302 || done.statusCode() == 303, done.statusCode() + " " + done.body());
    }

    @Test
    void otherRoles_areRefusedThePage() throws Exception {
        assertEquals(403, signedIn("cashier").get("/admin/clerk/payout-account?customer=1").statusCode());
    }

    private static Map<String, String> add(String customer, String name, String ifsc, String number, String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("form", "form");
        form.put("customer", customer);
        form.put("form:holderName", name);
        form.put("form:ifsc", ifsc);
        form.put("form:accountNumber", number);
        form.put("form:addAccount", "");
        form.put("jakarta.faces.ViewState", viewState);
        return form;
    }

    private static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        assertTrue(m.find(), "no view state in " + html);
        return m.group(1);
    }
}
