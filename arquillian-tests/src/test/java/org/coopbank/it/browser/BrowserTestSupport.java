package org.coopbank.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.coopbank.it.Deployments;
import org.coopbank.it.portal.PortalBank;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.openqa.selenium.By;

/** What every browser test needs: the deployment (product EAR plus the fixture servlet) and the fixture calls. */
final class BrowserTestSupport {

    private BrowserTestSupport() {
    }

    /** The test classes stay on the client: only the fixture servlet goes into the test WAR. */
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(BrowserFixtureServlet.class);
    }

    /** {@code http://host:port} of the server, from the test WAR's URL Arquillian injects. */
    static String base(URL testWar) {
        return "http://" + testWar.getHost() + ":" + testWar.getPort();
    }

    static String fixture(String base, String action, String... params) throws Exception {
        StringBuilder q = new StringBuilder("do=").append(action);
        for (int i = 0; i + 1 < params.length; i += 2) {
            q.append('&').append(params[i]).append('=').append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/bank-tests/fixtures/browser?" + q)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), action + ": " + r.body());
        return r.body().trim();
    }

    /** A fresh portal member from the portal fixture (a savings account, a running loan with an overdue EMI). */
    static PortalBank.Made portalMember(String base, String name) throws Exception {
        HttpResponse<String> made = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                        + "/bank-tests/fixtures/portal?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, made.statusCode(), made.body());
        return PortalBank.Made.parse(made.body());
    }

    /** Signs the member in with mobile and password on {@code /portal/login} and waits for the next page. */
    static void signIn(WebBrowser b, PortalBank.Made m) {
        b.go("/portal/login");
        b.type(By.name("username"), m.mobile()).type(By.name("password"), PortalBank.PASSWORD)
                .clickAndWaitForNewPage(By.cssSelector("#login-form button[type=submit]"));
    }
}
