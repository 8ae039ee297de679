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
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

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
}
