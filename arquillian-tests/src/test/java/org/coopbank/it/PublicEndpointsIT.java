package org.coopbank.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What anyone can reach without signing in: the landing page, status, health, and clean API errors. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicEndpointsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(PublicEndpointsIT.class);
    }

    @ArquillianResource
    URL testWar;

    private HttpResponse<String> get(String path) throws Exception {
        String base = "http://" + testWar.getHost() + ":" + testWar.getPort();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void landingPage_provesTheEarIsUp() throws Exception {
        HttpResponse<String> r = get("/");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("/portal/login") && r.body().contains("/admin/"));
    }

    @Test
    void status_reportsDatabaseAndSchema() throws Exception {
        HttpResponse<String> r = get("/api/status");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"status\":\"UP\""), r.body());
        assertTrue(r.body().matches(".*\"schemaVersion\":\"[0-9]+\".*"), r.body());
    }

    @Test
    void healthReady_checksTheDatabase() throws Exception {
        HttpResponse<String> r = get("/health/ready");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"name\":\"database\",\"status\":\"UP\""), r.body());
        assertEquals(200, get("/health/live").statusCode());
    }

    @Test
    void unknownApiPath_isProblemJson_withoutStackTrace() throws Exception {
        HttpResponse<String> r = get("/api/no-such-thing");
        assertEquals(404, r.statusCode());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(r.body().contains("\"status\":404"));
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
    }
}
