package org.coopbank.it.api;

import static org.coopbank.it.api.ApiClient.contentType;
import static org.coopbank.it.api.ApiClient.list;
import static org.coopbank.it.api.ApiClient.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
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
 * The customer API as a mobile app uses it: sign in, then every endpoint, JSON with masked account numbers only;
 * another customer's ids answer 404 exactly like ids that do not exist; errors are problem JSON; the OpenAPI document
 * describes every endpoint. Each test makes its own customers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalApiIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(ApiFixtureServlet.class);
    }

    @ArquillianResource
    URL testWar;

    private ApiClient api;

    /** mobile customerId accountId accountNumber loanId fdId */
    private String[] a;
    private String[] b;

    @BeforeEach
    void twoCustomers() throws Exception {
        api = new ApiClient("http://" + testWar.getHost() + ":" + testWar.getPort(), null);
        b = api.fixture("customer").split(" ");
        a = api.fixture("customer", "p", b[2]).split(" ");
    }

    private void assertMasked(HttpResponse<String> r) {
        for (String full : new String[] {a[3], b[3]}) {
            assertFalse(r.body().contains(full), "full account number in " + r.uri() + ": " + r.body());
            assertFalse(r.body().contains(full.substring(full.length() - 8)), "8 digits of an account in " + r.uri());
        }
    }

    private HttpResponse<String> ok(String path, String token) throws Exception {
        HttpResponse<String> r = api.get(path, token);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertEquals("application/json", contentType(r), path);
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""), path);
        assertMasked(r);
        return r;
    }

    @Test
    void signedIn_everyEndpointAnswers_withMaskedNumbersOnly() throws Exception {
        String token = api.token(a[0], ApiFixtureServlet.PASSWORD);
        String masked = "XXXX" + a[3].substring(a[3].length() - 4);

        Map<String, Object> summary = map(ok("/api/portal/summary", token));
        assertEquals("Api Customer", summary.get("fullName"));
        assertEquals(1, list(summary.get("accounts")).size());
        assertTrue(String.valueOf(summary.get("totalBalance")).matches("\\d+\\.\\d{2}"), "money as a 2-decimal string");

        List<Map<String, Object>> accounts = ApiClient.list(ok("/api/portal/accounts", token));
        assertEquals(1, accounts.size());
        assertEquals(masked, accounts.get(0).get("maskedNumber"));
        assertEquals(a[2], String.valueOf(accounts.get(0).get("id")));
        // opening 200000 + loan 100000 - FD 5000 - transfer 1000
        assertEquals("294000.00", accounts.get(0).get("balance"));

        assertEquals(masked, map(ok("/api/portal/accounts/" + a[2], token)).get("maskedNumber"));

        Map<String, Object> page = map(ok("/api/portal/accounts/" + a[2] + "/transactions?page=0&size=2", token));
        assertEquals(4L, page.get("total"));
        assertEquals(2, list(page.get("items")).size());
        assertEquals(true, page.get("hasNext"));
        Map<String, Object> newest = map(list(page.get("items")).get(0));
        assertTrue(String.valueOf(newest.get("narration")).startsWith("Rent to XXXX"), newest.toString());
        Map<String, Object> second = map(ok("/api/portal/accounts/" + a[2] + "/transactions?page=1&size=2", token));
        assertEquals(2, list(second.get("items")).size());
        assertEquals(false, second.get("hasNext"));
        Map<String, Object> none = map(ok("/api/portal/accounts/" + a[2] + "/transactions?from=2000-01-01&to=2000-12-31", token));
        assertEquals(0L, none.get("total"));

        List<Map<String, Object>> loans = ApiClient.list(ok("/api/portal/loans", token));
        assertEquals(1, loans.size());
        assertEquals("DISBURSED", loans.get(0).get("status"));
        Map<String, Object> loan = map(ok("/api/portal/loans/" + a[4], token));
        assertEquals(12, list(loan.get("schedule")).size());
        assertEquals(masked, map(loan.get("loan")).get("repaymentAccount"));

        String outstanding = api.fixture("outstanding", "p", a[4]);
        String balance = api.fixture("balance", "p", a[2]);
        HttpResponse<String> preview = api.post("/api/portal/loans/" + a[4] + "/prepayment-preview", token,
                "{\"amount\":\"20000.00\"}");
        assertEquals(200, preview.statusCode(), preview.body());
        assertMasked(preview);
        Map<String, Object> plans = map(preview);
        assertEquals("REDUCE_EMI", map(plans.get("reduceEmi")).get("option"));
        assertEquals("REDUCE_TENURE", map(plans.get("reduceTenure")).get("option"));
        assertEquals(outstanding, api.fixture("outstanding", "p", a[4]), "a preview posts nothing");
        assertEquals(balance, api.fixture("balance", "p", a[2]), "a preview posts nothing");
        assertEquals(200, api.post("/api/portal/loans/" + a[4] + "/prepayment-preview", token, "{\"amount\":20000.5}")
                .statusCode(), "an amount may be a JSON number too");

        List<Map<String, Object>> fds = ApiClient.list(ok("/api/portal/deposits", token));
        assertEquals(1, fds.size());
        assertEquals("5000.00", fds.get(0).get("principal"));
        assertEquals(masked, fds.get(0).get("linkedAccount"));

        Map<String, Object> profile = map(ok("/api/portal/profile", token));
        assertEquals(a[0], profile.get("mobile"));

        // alerts are queued after each posting commits, asynchronously: one per posting on A's account
        long deadline = System.currentTimeMillis() + 20_000;
        Map<String, Object> alerts = map(ok("/api/portal/notifications?size=5", token));
        while (((Number) alerts.get("total")).longValue() < 4 && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
            alerts = map(ok("/api/portal/notifications?size=5", token));
        }
        assertEquals(4L, alerts.get("total"), "an alert per posting");
        assertTrue(ok("/api/portal/notifications?page=0&size=5", token).body().contains("Rent to XXXX"),
                "the alert's narration is masked");
        HttpResponse<String> read = api.post("/api/portal/notifications/read", token, null);
        assertEquals(200, read.statusCode(), read.body());
        assertNotNull(map(read).get("marked"));
        assertEquals(0L, map(ok("/api/portal/summary", token)).get("unreadAlerts"));
    }

    @Test
    void anotherCustomersIds_answer404_exactlyLikeMissingOnes() throws Exception {
        String tokenB = api.token(b[0], ApiFixtureServlet.PASSWORD);
        HttpResponse<String> missing = api.get("/api/portal/accounts/999999999", tokenB);
        assertEquals(404, missing.statusCode());
        assertEquals("application/problem+json", contentType(missing));
        for (String path : new String[] {"/api/portal/accounts/" + a[2], "/api/portal/accounts/" + a[2] + "/transactions",
                "/api/portal/accounts/" + a[2] + "/transactions?from=2020-01-01&page=0&size=5",
                "/api/portal/loans/" + a[4], "/api/portal/accounts/" + a[2] + "/statement?from=2026-01-01&to=2026-01-31"}) {
            HttpResponse<String> r = api.get(path, tokenB);
            assertEquals(404, r.statusCode(), path);
            assertEquals(missing.body(), r.body(), path);
            assertMasked(r);
        }
        HttpResponse<String> preview = api.post("/api/portal/loans/" + a[4] + "/prepayment-preview", tokenB,
                "{\"amount\":\"20000.00\"}");
        assertEquals(404, preview.statusCode());
        assertEquals(missing.body(), preview.body());
        assertEquals(404, api.get("/api/portal/loans/999999999", tokenB).statusCode());
        // the owner gets the statement PDF
        String tokenA = api.token(a[0], ApiFixtureServlet.PASSWORD);
        HttpResponse<String> pdf = api.get("/api/portal/accounts/" + a[2] + "/statement?from=2026-01-01&to=2026-01-31", tokenA);
        assertEquals(200, pdf.statusCode(), pdf.body());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertTrue(pdf.body().startsWith("%PDF-"));
        // B's own lists hold B's own records only
        for (String path : new String[] {"/api/portal/accounts", "/api/portal/loans", "/api/portal/deposits"}) {
            HttpResponse<String> r = ok(path, tokenB);
            assertFalse(r.body().contains("\"id\":" + a[2] + ",") || r.body().contains("\"id\":" + a[4] + ","), r.body());
            assertFalse(r.body().contains("\"id\":" + a[5] + ","), r.body());
        }
    }

    @Test
    void errors_areProblemJson_withoutInternals() throws Exception {
        String token = api.token(a[0], ApiFixtureServlet.PASSWORD);
        HttpResponse<String> paging = api.get("/api/portal/accounts/" + a[2] + "/transactions?page=-1&size=101&from=yesterday", token);
        assertProblem(paging, 400);
        assertTrue(paging.body().contains("\"page\"") && paging.body().contains("\"size\""), paging.body());
        HttpResponse<String> dates = api.get("/api/portal/accounts/" + a[2] + "/transactions?from=someday", token);
        assertProblem(dates, 400);
        assertTrue(dates.body().contains("\"from\":\"must be a date like 2026-04-01\""), dates.body());

        HttpResponse<String> badProfile = api.send("PUT", "/api/portal/profile", token, "application/json",
                "{\"email\":\"not-an-address\",\"address\":\"\",\"alternatePhone\":\"12\"}");
        assertProblem(badProfile, 400);
        assertTrue(badProfile.body().contains("\"errors\":{"), badProfile.body());
        HttpResponse<String> goodProfile = api.send("PUT", "/api/portal/profile", token, "application/json",
                "{\"email\":\"asha@example.com\",\"address\":\"2 New Street\",\"alternatePhone\":\"9876512345\","
                        + "\"nomineeName\":\"Ravi\",\"nomineeRelation\":\"Brother\"}");
        assertEquals(200, goodProfile.statusCode(), goodProfile.body());
        assertEquals("2 New Street", map(goodProfile).get("address"));
        assertEquals("9876512345", map(ok("/api/portal/profile", token)).get("alternatePhone"));

        HttpResponse<String> noAmount = api.post("/api/portal/loans/" + a[4] + "/prepayment-preview", token, "{}");
        assertProblem(noAmount, 400);
        assertTrue(noAmount.body().contains("\"amount\""), noAmount.body());
        HttpResponse<String> huge = api.post("/api/portal/loans/" + a[4] + "/prepayment-preview", token,
                "{\"amount\":1E+100000000}");
        assertProblem(huge, 400);

        assertProblem(api.send("DELETE", "/api/portal/summary", token, null, null), 405);
        assertProblem(api.send("PUT", "/api/portal/profile", token, "text/plain", "hello"), 415);
        assertProblem(api.send("PUT", "/api/portal/profile", token, "application/json", "{not json"), 400);
        assertProblem(api.get("/api/portal/accounts/not-a-number", token), 404);
        assertProblem(api.get("/api/portal/no-such-thing", token), 404);
    }

    private static void assertProblem(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.uri() + ": " + r.body());
        assertEquals("application/problem+json", contentType(r), r.uri().toString());
        assertTrue(r.body().contains("\"status\":" + status), r.body());
        for (String s : new String[] {"Exception", "exception", "RESTEASY", "org.", "java.", "jakarta.", "\tat ", "SELECT"}) {
            assertFalse(r.body().contains(s), "'" + s + "' in " + r.uri() + ": " + r.body());
        }
    }

    @Test
    void openApiDocument_describesEveryEndpoint_withoutAToken() throws Exception {
        HttpResponse<String> r = api.get("/openapi?format=JSON", null);
        assertEquals(200, r.statusCode(), r.body());
        Map<String, Object> doc = map(r);
        Map<String, Object> paths = map(doc.get("paths"));
        for (String path : new String[] {"/api/status", "/api/portal/auth/login", "/api/portal/auth/logout",
                "/api/portal/summary", "/api/portal/accounts", "/api/portal/accounts/{id}",
                "/api/portal/accounts/{id}/transactions", "/api/portal/loans", "/api/portal/loans/{id}",
                "/api/portal/loans/{id}/prepayment-preview", "/api/portal/deposits", "/api/portal/profile",
                "/api/portal/notifications", "/api/portal/notifications/read"}) {
            assertTrue(paths.containsKey(path), path + " missing from " + paths.keySet());
        }
        Map<String, Object> schemes = map(map(doc.get("components")).get("securitySchemes"));
        assertEquals("bearer", map(schemes.get("bearer")).get("scheme"));
        assertTrue(map(map(paths.get("/api/portal/profile")).get("put")).containsKey("requestBody"));
        assertTrue(map(map(paths.get("/api/portal/summary")).get("get")).containsKey("security"));
        assertFalse(map(map(paths.get("/api/portal/auth/login")).get("post")).containsKey("security"));
        for (Object param : list(map(map(paths.get("/api/portal/accounts/{id}/transactions")).get("get")).get("parameters"))) {
            Map<String, Object> p = map(param);
            if ("size".equals(p.get("name"))) {
                assertEquals("integer", map(p.get("schema")).get("type"));
                assertEquals(100L, ((Number) map(p.get("schema")).get("maximum")).longValue());
            }
        }
        HttpResponse<String> yaml = api.get("/openapi", null);
        assertEquals(200, yaml.statusCode(), "YAML too");
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.yaml"), yaml.body());
    }
}
