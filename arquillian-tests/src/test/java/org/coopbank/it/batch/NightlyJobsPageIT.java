package org.coopbank.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/** The operations page over HTTP: who opens it, and starting fd-maturity for a past date through its form. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NightlyJobsPageIT {

    private static final String PAGE = "/admin/ops/jobs";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(NightlyJobsPageIT.class, JobsFixtureServlet.class, Browser.class);
    }

    @ArquillianResource
    URL testWar;

    private String base;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        base = "http://" + testWar.getHost() + ":" + testWar.getPort();
    }

    private String fixture(String action, String p) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/bank-tests/fixtures/batch?do=" + action
                        + "&p=" + URLEncoder.encode(p, StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), action + ": " + r.body());
        return r.body().trim();
    }

    private Browser signedIn(String roles) throws Exception {
        String user = fixture("staff", roles);
        Browser b = new Browser(base);
        assertTrue(b.login("/admin/home", "/admin/login", user, JobsFixtureServlet.PASSWORD), "sign-in of " + user);
        return b;
    }

    private static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        assertTrue(m.find(), "no view state in " + html);
        return m.group(1);
    }

    @Test
    void superadminAndAccountant_openIt_otherRolesAreRefused_andSeeNoLink() throws Exception {
        for (String role : List.of("superadmin", "accountant")) {
            Browser b = signedIn(role);
            HttpResponse<String> page = b.get(PAGE);
            assertEquals(200, page.statusCode(), role);
            assertTrue(page.body().contains("id=\"jobs:executions\""), page.body());
            assertFalse(page.body().contains("Something went wrong"), page.body());
            assertTrue(b.get("/admin/home").body().contains(PAGE), role + " has the menu link");
        }
        for (String role : List.of("manager", "clerk", "cashier")) {
            Browser b = signedIn(role);
            assertEquals(403, b.get(PAGE).statusCode(), role);
            assertFalse(b.get("/admin/home").body().contains(PAGE), role + " sees no link");
        }
    }

    @Test
    void accountant_startsAJobForAPastDate_afterAReview_andSeesItComplete_butNotTwice() throws Exception {
        String[] made = fixture("fd", BatchProbe.freshDay0().toString()).split(" ");
        LocalDate date = LocalDate.parse(made[0]);
        String fdId = made[1];
        Browser b = signedIn("accountant");
        String html = b.get(PAGE).body();

        Map<String, String> form = new LinkedHashMap<>();
        form.put("jobs", "jobs");
        form.put("jobs:job", "fd-maturity");
        form.put("jobs:businessDate", date.toString());
        form.put("jobs:review", "");
        form.put("jakarta.faces.ViewState", viewState(html));
        HttpResponse<String> review = b.post(PAGE, form);
        assertEquals(200, review.statusCode());
        assertTrue(review.body().contains("Start fd-maturity for the business date " + date), review.body());
        assertEquals("ACTIVE", fixture("fd-status", fdId), "nothing runs before the confirmation");

        Map<String, String> confirm = new LinkedHashMap<>();
        confirm.put("jobs", "jobs");
        confirm.put("jobs:start", "");
        confirm.put("jakarta.faces.ViewState", viewState(review.body()));
        HttpResponse<String> started = b.post(PAGE, confirm);
        assertTrue(started.body().contains("fd-maturity started for " + date), started.body());

        String status = "";
        for (int i = 0; i < 120 && !"MATURED".equals(status); i++) {
            Thread.sleep(250);
            status = fixture("fd-status", fdId);
        }
        assertEquals("MATURED", status);
        String list = "";
        for (int i = 0; i < 120 && !list.contains("COMPLETED"); i++) {
            list = b.get(PAGE).body();
            list = list.substring(list.indexOf("id=\"jobs:executions\""));
            Thread.sleep(250);
        }
        assertTrue(list.contains(date.toString()) && list.contains("COMPLETED"), list);

        // the same date again: refused with the reason on the page
        String again = b.get(PAGE).body();
        form.put("jakarta.faces.ViewState", viewState(again));
        HttpResponse<String> review2 = b.post(PAGE, form);
        confirm.put("jakarta.faces.ViewState", viewState(review2.body()));
        HttpResponse<String> refused = b.post(PAGE, confirm);
        assertTrue(refused.body().contains("already started"), refused.body());
    }

    @Test
    void clerk_choosesAutoRenewalWhenOpeningAnFd_andTheReviewSaysSo() throws Exception {
        String[] made = fixture("account", "").split(" ");
        String customer = made[0];
        Browser clerk = signedIn("clerk");
        String page = "/admin/clerk/fd?customer=" + customer;
        HttpResponse<String> open = clerk.get(page);
        assertTrue(open.body().contains("id=\"form:autoRenew\""), open.body());

        Map<String, String> form = new LinkedHashMap<>();
        form.put("form", "form");
        form.put("customer", customer);
        form.put("form:accountId", made[1]);
        form.put("form:principal", "20000");
        form.put("form:tenureMonths", "12");
        form.put("form:autoRenew", "on");
        form.put("form:quote", "");
        form.put("jakarta.faces.ViewState", viewState(open.body()));
        HttpResponse<String> quoted = clerk.post(page, form);
        assertTrue(quoted.body().contains("Renewed for the same tenure"), quoted.body());

        Map<String, String> confirm = new LinkedHashMap<>();
        confirm.put("form", "form");
        confirm.put("customer", customer);
        confirm.put("form:confirm", "");
        confirm.put("jakarta.faces.ViewState", viewState(quoted.body()));
        HttpResponse<String> done = clerk.post(page, confirm);
        assertTrue(done.statusCode() == 302 || done.statusCode() == 303 || done.statusCode() == 200, "" + done.statusCode());
        assertEquals("20000.00:12:true", fixture("fds", customer));
    }
}
