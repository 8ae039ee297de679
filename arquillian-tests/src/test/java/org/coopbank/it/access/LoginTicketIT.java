package org.coopbank.it.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

/**
 * The customer realm's second principal-query over real HTTP: a ticket from a verified OTP signs in once through the
 * portal's own sign-in handler ({@code request.login} against the customer domain), never again, not after it expires,
 * and never on the intranet (staff realm). The password works again once the ticket is spent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginTicketIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(LoginTicketIT.class, AccessFixtureServlet.class, AccessProbe.class, Browser.class);
    }

    @ArquillianResource
    URL testWar;

    private String base;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        base = "http://" + testWar.getHost() + ":" + testWar.getPort();
    }

    private String fixture(String action, String mobile) throws Exception {
        String q = "do=" + action + (mobile == null ? "" : "&mobile=" + URLEncoder.encode(mobile, StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/bank-tests/fixtures/access?" + q))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), action + ": " + r.body());
        return r.body().trim();
    }

    @Test
    void aTicket_signsInOnce_thenNeverAgain_andThePasswordWorksAgain() throws Exception {
        String mobile = fixture("customer", null);
        String ticket = fixture("ticket", mobile);
        Browser phone = new Browser(base);
        HttpResponse<String> in = phone.signIn("/portal/login", mobile, ticket);
        assertEquals(303, in.statusCode(), in.body());
        assertEquals(200, phone.get("/portal/dashboard").statusCode());
        assertEquals("0", fixture("live-tickets", mobile), "the sign-in used the ticket up");

        HttpResponse<String> replay = new Browser(base).signIn("/portal/login", mobile, ticket);
        assertEquals(401, replay.statusCode(), "a ticket works once");
        assertEquals(303, new Browser(base).signIn("/portal/login", mobile, AccessFixtureServlet.PASSWORD).statusCode());
    }

    @Test
    void anExpiredTicket_isRefused() throws Exception {
        String mobile = fixture("customer", null);
        String ticket = fixture("ticket", mobile);
        assertEquals("1", fixture("expire-tickets", mobile));
        HttpResponse<String> late = new Browser(base).signIn("/portal/login", mobile, ticket);
        assertEquals(401, late.statusCode(), late.body());
        assertEquals(303, new Browser(base).signIn("/portal/login", mobile, AccessFixtureServlet.PASSWORD).statusCode(),
                "an expired ticket no longer stands in for the password");
    }

    @Test
    void aTicket_neverWorksOnTheIntranet() throws Exception {
        String mobile = fixture("customer", null);
        String ticket = fixture("ticket", mobile);
        Browser b = new Browser(base);
        HttpResponse<String> staff = b.signIn("/admin/login", mobile, ticket);
        assertEquals(401, staff.statusCode(), "the staff realm knows no customer tickets");
        assertEquals("1", fixture("live-tickets", mobile), "the refused staff sign-in did not touch it");
        assertEquals(303, new Browser(base).signIn("/portal/login", mobile, ticket).statusCode(), "it was valid all along");
    }
}
