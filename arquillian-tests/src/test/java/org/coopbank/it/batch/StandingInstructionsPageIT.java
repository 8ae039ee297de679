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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopbank.it.Deployments;
import org.coopbank.it.Browser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The clerk's standing-instructions page over HTTP: a recurring transfer set up after a review, then stopped. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StandingInstructionsPageIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(StandingInstructionsPageIT.class, JobsFixtureServlet.class, Browser.class);
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

    private static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        assertTrue(m.find(), "no view state in " + html);
        return m.group(1);
    }

    /** The list's first row's {@code button} (pause, resume, stop) posted as a browser would. */
    private Map<String, String> rowButton(String customer, HttpResponse<String> listed, String button) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("form", "form");
        f.put("customer", customer);
        f.put("form:instructions:0:" + button, "");
        f.put("jakarta.faces.ViewState", viewState(listed.body()));
        return f;
    }

    @Test
    void clerk_setsUpARecurringTransferAfterAReview_seesItListed_pausesAndResumesIt_andStopsIt() throws Exception {
        String[] made = fixture("two-accounts", "").split(" ");
        String customer = made[0];
        String today = made[3];
        Browser clerk = new Browser(base);
        String user = fixture("staff", "clerk");
        assertTrue(clerk.login("/admin/home", "/admin/login", user, JobsFixtureServlet.PASSWORD));
        assertTrue(clerk.get("/admin/clerk/customer?id=" + customer).body().contains("standing-instructions"),
                "the 360 view links the page");
        String page = "/admin/clerk/standing-instructions?customer=" + customer;
        HttpResponse<String> open = clerk.get(page);
        assertEquals(200, open.statusCode());
        assertTrue(open.body().contains("id=\"form:instructions\""), open.body());

        Map<String, String> form = new LinkedHashMap<>();
        form.put("form", "form");
        form.put("customer", customer);
        form.put("form:kind", "TRANSFER");
        form.put("form:from", made[1]);
        form.put("form:to", made[2]);
        form.put("form:amount", "500");
        form.put("form:frequency", "MONTHLY");
        form.put("form:firstDate", today);
        form.put("form:review", "");
        form.put("jakarta.faces.ViewState", viewState(open.body()));
        HttpResponse<String> review = clerk.post(page, form);
        assertTrue(review.body().contains("Transfer ₹500 from"), review.body());
        assertEquals("", fixture("sis", customer), "nothing is set up before the confirmation");

        Map<String, String> confirm = new LinkedHashMap<>();
        confirm.put("form", "form");
        confirm.put("customer", customer);
        confirm.put("form:confirm", "");
        confirm.put("jakarta.faces.ViewState", viewState(review.body()));
        HttpResponse<String> done = clerk.post(page, confirm);
        assertTrue(done.statusCode() == 302 || done.statusCode() == 303 || done.statusCode() == 200, "" + done.statusCode());
        assertEquals("TRANSFER:500.00:MONTHLY:" + today + ":ACTIVE", fixture("sis", customer));

        // pause, then resume (the first date is today: nothing is skipped), each from the list
        HttpResponse<String> listed = clerk.get(page);
        assertFalse(listed.body().contains("id=\"form:instructions:0:resume\""), "an active one offers no Resume");
        HttpResponse<String> paused = clerk.post(page, rowButton(customer, listed, "pause"));
        assertTrue(paused.body().contains("paused: the nightly job leaves it alone"), paused.body());
        assertEquals("TRANSFER:500.00:MONTHLY:" + today + ":PAUSED", fixture("sis", customer));
        listed = clerk.get(page);
        assertTrue(listed.body().contains(">Paused<") && listed.body().contains("id=\"form:instructions:0:resume\"")
                && !listed.body().contains("id=\"form:instructions:0:pause\""), "a paused one shows so and offers Resume");
        HttpResponse<String> resumed = clerk.post(page, rowButton(customer, listed, "resume"));
        assertTrue(resumed.body().contains("resumed: next transfer on " + today), resumed.body());
        assertEquals("TRANSFER:500.00:MONTHLY:" + today + ":ACTIVE", fixture("sis", customer));

        listed = clerk.get(page);
        assertTrue(listed.body().contains("id=\"form:instructions:0:stop\""), listed.body());
        Map<String, String> stop = new LinkedHashMap<>();
        stop.put("form", "form");
        stop.put("customer", customer);
        stop.put("form:instructions:0:stop", "");
        stop.put("jakarta.faces.ViewState", viewState(listed.body()));
        HttpResponse<String> stopped = clerk.post(page, stop);
        assertTrue(stopped.body().contains("stopped"), stopped.body());
        assertEquals("TRANSFER:500.00:MONTHLY:" + today + ":STOPPED", fixture("sis", customer));
    }
}
