package org.coopbank.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.coopbank.it.Browser;
import org.coopbank.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The superadmin's {@code portal} flag decides who gets the portal: off, on, or a stable share of customers. Outside
 * the rollout a signed-in customer sees the friendly page on every route, and the API answers 403; the flag is put
 * back ON at the end.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalRolloutIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(PortalFixtureServlet.class, PortalBank.class, PortalBank.Made.class,
                RolloutFixtureServlet.class);
    }

    @ArquillianResource
    URL testWar;

    private final HttpClient http = HttpClient.newHttpClient();

    private String base() {
        return "http://" + testWar.getHost() + ":" + testWar.getPort();
    }

    private String post(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body().trim();
    }

    private boolean seesThePortal(PortalBank.Made m) throws Exception {
        Browser b = new Browser(base());
        assertTrue(b.login("/portal/dashboard", "/portal/login", m.mobile(), PortalBank.PASSWORD));
        HttpResponse<String> page = b.get("/portal/accounts/" + m.savingsId());
        assertEquals(200, page.statusCode());
        boolean open = !page.body().contains("id=\"not-yet\"");
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/portal/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"mobile\":\"" + m.mobile() + "\",\"password\":\"" + PortalBank.PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, token.statusCode(), token.body());
        String t = token.body().replaceAll("(?s).*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        int api = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/portal/summary"))
                .header("Authorization", "Bearer " + t).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        assertEquals(open ? 200 : 403, api, "the API follows the same flag");
        return open;
    }

    @Test
    void off_showsTheFriendlyPage_percent_isStablePerCustomer_on_opensAgain() throws Exception {
        PortalBank.Made a = PortalBank.Made.parse(post("/bank-tests/fixtures/portal?name=Rollout+Alpha"));
        PortalBank.Made b = PortalBank.Made.parse(post("/bank-tests/fixtures/portal?name=Rollout+Beta"));
        try {
            post("/bank-tests/fixtures/rollout?do=flag&mode=OFF&percent=0");
            assertFalse(seesThePortal(a));
            assertFalse(seesThePortal(b));

            int bucketA = Integer.parseInt(post("/bank-tests/fixtures/rollout?do=bucket&id=" + a.customerId()));
            int bucketB = Integer.parseInt(post("/bank-tests/fixtures/rollout?do=bucket&id=" + b.customerId()));
            if (bucketA != bucketB) {
                PortalBank.Made in = bucketA < bucketB ? a : b;
                PortalBank.Made out = in == a ? b : a;
                int percent = Math.min(bucketA, bucketB) + 1; // the lower bucket is inside, the higher one not
                post("/bank-tests/fixtures/rollout?do=flag&mode=PERCENT&percent=" + percent);
                assertTrue(seesThePortal(in));
                assertFalse(seesThePortal(out));
                assertTrue(seesThePortal(in), "the same customer, the same answer");
            }
        } finally {
            post("/bank-tests/fixtures/rollout?do=flag&mode=ON&percent=100");
        }
        assertTrue(seesThePortal(a));
        assertTrue(seesThePortal(b));
    }
}
