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
        return send(path, "GET", null);
    }

    private HttpResponse<String> send(String path, String method, String accept) throws Exception {
        String base = "http://" + testWar.getHost() + ":" + testWar.getPort();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Nothing of the server's internals: no exception, framework message, class or package name, SQL. */
    private static void assertNoInternals(HttpResponse<String> r, String... alsoNot) {
        // a Faces page names its resource path and view state field with "jakarta.faces": markup, not internals
        String body = r.body().replace("jakarta.faces.resource", "").replace("jakarta.faces.ViewState", "");
        for (String s : new String[] {"Exception", "exception", "RESTEASY", "UT0", "WFLY", "org.", "java.", "jakarta.",
                "\tat ", "SELECT", "Could not find", "No resource method", "No match for accept"}) {
            assertFalse(body.contains(s), "'" + s + "' in the body of " + r.uri() + ": " + body);
        }
        for (String s : alsoNot) {
            assertFalse(body.contains(s), "'" + s + "' in the body of " + r.uri() + ": " + body);
        }
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
    void healthReady_saysOnlyTheStatus() throws Exception {
        for (String path : new String[] {"/health/ready", "/health", "/health/live"}) {
            HttpResponse<String> r = get(path);
            assertEquals(200, r.statusCode(), path);
            assertEquals("{\"status\":\"UP\"}", r.body(), path);
            assertEquals("application/json", r.headers().firstValue("Content-Type").orElse("").split(";")[0], path);
        }
    }

    @Test
    void unknownApiPath_isProblemJson_withoutStackTrace() throws Exception {
        HttpResponse<String> r = get("/api/no-such-thing");
        assertEquals(404, r.statusCode());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(r.body().contains("\"status\":404"));
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
        assertNoInternals(r, "no-such-thing");
    }

    @Test
    void refusedApiCalls_sayOnlyTheStatus_notTheFrameworksMessage() throws Exception {
        HttpResponse<String> notAllowed = send("/api/status", "DELETE", null);
        assertEquals(405, notAllowed.statusCode());
        assertTrue(notAllowed.body().contains("\"detail\":\"Method Not Allowed\""), notAllowed.body());
        assertNoInternals(notAllowed);

        HttpResponse<String> notAcceptable = send("/api/status", "GET", "application/xml");
        assertEquals(406, notAcceptable.statusCode());
        assertNoInternals(notAcceptable, "application/xml");
    }

    @Test
    void errorPages_showNoExceptionText() throws Exception {
        HttpResponse<String> missing = get("/no-such-page");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Sorry, this page is not available"), missing.body());
        assertNoInternals(missing, "no-such-page");

        HttpResponse<String> adminMissing = get("/admin/no-such-page");
        assertTrue(adminMissing.statusCode() == 404 || adminMissing.statusCode() == 200
                || adminMissing.statusCode() == 302, "status " + adminMissing.statusCode());
        assertNoInternals(adminMissing, "no-such-page");

        HttpResponse<String> wrongMethod = send("/health/ready", "POST", null);
        assertEquals(405, wrongMethod.statusCode());
        assertNoInternals(wrongMethod, "not supported");
    }
}
