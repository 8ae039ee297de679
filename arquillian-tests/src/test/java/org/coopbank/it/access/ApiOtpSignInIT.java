package org.coopbank.it.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.coopbank.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The API's sign-in with a one-time code: the code from the outbox buys a bearer token once; a wrong or used one is 401. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiOtpSignInIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(AccessFixtureServlet.class, AccessProbe.class);
    }

    @ArquillianResource
    URL testWar;

    private final HttpClient http = HttpClient.newHttpClient();

    private String base() {
        return "http://" + testWar.getHost() + ":" + testWar.getPort();
    }

    private String fixture(String action, String mobile) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + "/bank-tests/fixtures/access?do=" + action
                        + (mobile == null ? "" : "&mobile=" + mobile))).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).body().trim();
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aCodeFromTheOutbox_buysOneToken_andIsThenUsedUp() throws Exception {
        String mobile = fixture("customer", null);
        assertEquals(202, post("/api/portal/auth/otp/request", "{\"mobile\":\"" + mobile + "\"}").statusCode());
        assertEquals(202, post("/api/portal/auth/otp/request", "{\"mobile\":\"9000000001\"}").statusCode(),
                "the same answer for a number that is not registered");
        String code = fixture("latest-code", mobile);
        String wrong = code.equals("000000") ? "111111" : "000000";
        HttpResponse<String> refused = post("/api/portal/auth/otp/verify", "{\"mobile\":\"" + mobile + "\",\"code\":\"" + wrong + "\"}");
        assertEquals(401, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        HttpResponse<String> ok = post("/api/portal/auth/otp/verify", "{\"mobile\":\"" + mobile + "\",\"code\":\"" + code + "\"}");
        assertEquals(200, ok.statusCode(), ok.body());
        String token = ok.body().replaceAll("(?s).*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        HttpResponse<String> summary = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/portal/summary"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, summary.statusCode(), summary.body());
        assertEquals(0, Integer.parseInt(fixture("live-tickets", mobile)), "no login ticket is left behind");

        assertEquals(401, post("/api/portal/auth/otp/verify", "{\"mobile\":\"" + mobile + "\",\"code\":\"" + code + "\"}").statusCode(),
                "a code works once");
    }
}
