package org.coopbank.it.api;

import static org.coopbank.it.api.ApiClient.contentType;
import static org.coopbank.it.api.ApiClient.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.coopbank.it.Browser;
import org.coopbank.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bearer tokens over HTTP: sign-in through the portal's throttle (401, then 429 with Retry-After), staff credentials
 * refused, closed by default (even a resource nobody marked), JSON 401s never a redirect, revocation at sign-out and
 * when the customer is blocked, expiry after the idle time (sliding) and at the absolute limit. Each test has its own
 * customers and client address (X-Forwarded-For, believed because the test makes 127.0.0.1 a trusted proxy).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiTokenIT {

    private static final AtomicInteger ADDRESSES = new AtomicInteger((int) (System.nanoTime() % 200));

    /** The real EAR, with a resource nobody marked public added to portal-web's WAR. */
    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.bankWithTests(ApiFixtureServlet.class);
        ArchivePath warPath = ear.getContent(p -> p.get().matches("/[^/]*portal-web[^/]*\\.war")).keySet().iterator().next();
        WebArchive portal = ear.getAsType(WebArchive.class, warPath);
        ear.delete(warPath);
        portal.addClass(UnmarkedProbeResource.class);
        ear.add(portal, "/", ZipExporter.class);
        return ear;
    }

    @ArquillianResource
    URL testWar;

    private String base;
    private ApiClient api;
    private String oldProxies;

    @BeforeEach
    void trustLoopbackAsProxy() throws Exception {
        base = "http://" + testWar.getHost() + ":" + testWar.getPort();
        int n = ADDRESSES.incrementAndGet();
        api = new ApiClient(base, "203.0." + (113 + n / 250 % 2) + "." + (1 + n % 250));
        oldProxies = api.fixture("setting", "key", "security.login.trusted-proxies", "p", "127.0.0.1");
    }

    @AfterEach
    void restore() throws Exception {
        api.fixture("setting", "key", "security.login.trusted-proxies", "p", oldProxies);
    }

    private String customer() throws Exception {
        return api.fixture("customer").split(" ")[0];
    }

    private static void assertUnauthorized(HttpResponse<String> r) {
        assertEquals(401, r.statusCode(), r.uri() + ": " + r.body());
        assertEquals("application/problem+json", contentType(r), r.uri().toString());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), r.uri().toString());
        assertTrue(r.body().contains("\"status\":401"), r.body());
        assertFalse(r.headers().firstValue("Location").isPresent(), "never a redirect");
        assertFalse(r.body().contains("<html") || r.body().contains("login-form"), r.body());
    }

    @Test
    void signIn_givesAnExpiringBearerToken() throws Exception {
        String mobile = customer();
        HttpResponse<String> r = api.login(mobile, ApiFixtureServlet.PASSWORD);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        Map<String, Object> body = map(r);
        assertTrue(((String) body.get("token")).matches("[A-Za-z0-9_-]{43}"), "32 random bytes, base64url");
        assertEquals("Bearer", body.get("tokenType"));
        Instant expires = Instant.parse((String) body.get("expiresAt"));
        assertTrue(expires.isAfter(Instant.now().plusSeconds(500)) && expires.isBefore(Instant.now().plusSeconds(700)),
                "10 minutes idle by default: " + expires);
        assertEquals(200, api.get("/api/portal/summary", (String) body.get("token")).statusCode());
        assertTrue(api.token(mobile, ApiFixtureServlet.PASSWORD).length() == 43, "a second device gets its own token");
    }

    @Test
    void everyCustomerEndpoint_withoutAValidToken_is401ProblemJson_neverARedirect() throws Exception {
        String[] paths = {"/api/portal/summary", "/api/portal/accounts", "/api/portal/accounts/1",
                "/api/portal/accounts/1/transactions", "/api/portal/loans", "/api/portal/loans/1", "/api/portal/deposits",
                "/api/portal/profile", "/api/portal/notifications", "/api/it-probe"};
        for (String path : paths) {
            assertUnauthorized(api.get(path, null));
            assertUnauthorized(api.get(path, "x".repeat(43)));
        }
        assertUnauthorized(api.post("/api/portal/loans/1/prepayment-preview", null, "{\"amount\":\"10.00\"}"));
        assertUnauthorized(api.post("/api/portal/notifications/read", null, null));
        assertUnauthorized(api.post("/api/portal/auth/logout", null, null));
        assertUnauthorized(api.send("PUT", "/api/portal/profile", null, "application/json", "{\"address\":\"x\"}"));
        assertEquals("Bearer realm=\"coopbank\"",
                api.get("/api/portal/summary", null).headers().firstValue("WWW-Authenticate").orElse(""));

        // a signed-in portal page session is no key to the API (bearer tokens only, so no cross-site request rides on it)
        String mobile = customer();
        Browser page = new Browser(base);
        assertTrue(page.login("/portal/dashboard", "/portal/login", mobile, ApiFixtureServlet.PASSWORD));
        HttpResponse<String> withCookie = page.get("/api/portal/summary");
        assertUnauthorized(withCookie);
        // public endpoints stay public
        assertEquals(200, api.get("/api/status", null).statusCode());
    }

    @Test
    void aResourceNobodyMarkedPublic_isClosed_untilSignedIn() throws Exception {
        assertUnauthorized(api.get("/api/it-probe", null));
        String token = api.token(customer(), ApiFixtureServlet.PASSWORD);
        HttpResponse<String> r = api.get("/api/it-probe", token);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("{\"probe\":\"open\"}", r.body());
    }

    @Test
    void signOut_revokesTheToken_andOnlyThatOne() throws Exception {
        String mobile = customer();
        String phone = api.token(mobile, ApiFixtureServlet.PASSWORD);
        String tablet = api.token(mobile, ApiFixtureServlet.PASSWORD);
        HttpResponse<String> out = api.post("/api/portal/auth/logout", phone, null);
        assertEquals(204, out.statusCode(), out.body());
        HttpResponse<String> after = api.get("/api/portal/summary", phone);
        assertUnauthorized(after);
        assertTrue(after.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"));
        assertUnauthorized(api.post("/api/portal/auth/logout", phone, null));
        assertEquals(200, api.get("/api/portal/summary", tablet).statusCode());

        api.fixture("block", "p", mobile);
        assertUnauthorized(api.get("/api/portal/summary", tablet));
        HttpResponse<String> blocked = api.login(mobile, ApiFixtureServlet.PASSWORD);
        assertEquals(401, blocked.statusCode(), "a blocked customer cannot sign in");
    }

    @Test
    void token_expiresAfterTheIdleTime_andEachUseExtendsIt() throws Exception {
        String mobile = customer();
        String old = api.fixture("setting", "key", "security.api.token-idle-seconds", "p", "3");
        try {
            String token = api.token(mobile, ApiFixtureServlet.PASSWORD);
            Thread.sleep(2_000);
            assertEquals(200, api.get("/api/portal/accounts", token).statusCode(), "within the idle time");
            Thread.sleep(2_000);
            assertEquals(200, api.get("/api/portal/accounts", token).statusCode(), "4 s after sign-in, 2 s after use");
            Thread.sleep(3_500);
            assertUnauthorized(api.get("/api/portal/accounts", token));
        } finally {
            api.fixture("setting", "key", "security.api.token-idle-seconds", "p", old);
        }
    }

    @Test
    void token_expiresAtTheAbsoluteLimit_however_active() throws Exception {
        String mobile = customer();
        String old = api.fixture("setting", "key", "security.api.token-max-seconds", "p", "3");
        try {
            String token = api.token(mobile, ApiFixtureServlet.PASSWORD);
            Thread.sleep(1_500);
            assertEquals(200, api.get("/api/portal/accounts", token).statusCode());
            Thread.sleep(2_000);
            assertUnauthorized(api.get("/api/portal/accounts", token));
        } finally {
            api.fixture("setting", "key", "security.api.token-max-seconds", "p", old);
        }
    }

    @Test
    void wrongPassword_401_thenThrottled_429_withRetryAfter_sharedWithThePortalPage() throws Exception {
        String mobile = customer();
        HttpResponse<String> wrong = api.login(mobile, "Wrong-pass1");
        assertEquals(401, wrong.statusCode());
        assertEquals("application/problem+json", contentType(wrong));
        assertTrue(wrong.body().contains("Mobile number or password is not correct."), wrong.body());
        HttpResponse<String> unknown = api.login("7999999" + String.format("%03d", System.nanoTime() % 1000), "Wrong-pass1");
        assertEquals(wrong.body(), unknown.body(), "an unknown mobile gets the same answer");

        // the portal's page and the API count in one limiter: 2 failures on the page, 2 more here
        Browser page = new Browser(base, api.address());
        for (int i = 2; i <= 3; i++) {
            assertEquals(401, page.signIn("/portal/login", mobile, "Wrong-pass" + i).statusCode());
        }
        assertEquals(401, api.login(mobile, "Wrong-pass4").statusCode());
        HttpResponse<String> fifth = api.login(mobile, "Wrong-pass5");
        assertEquals(401, fifth.statusCode());
        assertTrue(fifth.headers().firstValue("Retry-After").isPresent(), "the back-off starts");
        HttpResponse<String> right = api.login(mobile, ApiFixtureServlet.PASSWORD);
        assertEquals(429, right.statusCode(), "even the right password waits: " + right.body());
        assertEquals("application/problem+json", contentType(right));
        int retry = Integer.parseInt(right.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retry >= 1 && retry <= 5, "Retry-After " + retry);
        Thread.sleep(retry * 1000L + 300);
        assertEquals(200, api.login(mobile, ApiFixtureServlet.PASSWORD).statusCode());
    }

    @Test
    void staffCredentials_neverSignInToTheApi() throws Exception {
        String staff = api.fixture("staff");
        HttpResponse<String> r = api.login(staff, ApiFixtureServlet.PASSWORD);
        assertEquals(401, r.statusCode(), r.body());
        assertFalse(r.body().contains("token"), r.body());
    }

    @Test
    void malformedSignIn_isAProblem_notAnError() throws Exception {
        HttpResponse<String> notJson = api.send("POST", "/api/portal/auth/login", null, "application/json", "{mobile");
        assertEquals(400, notJson.statusCode(), notJson.body());
        assertEquals("application/problem+json", contentType(notJson));
        HttpResponse<String> form = api.send("POST", "/api/portal/auth/login", null,
                "application/x-www-form-urlencoded", "mobile=1&password=2");
        assertEquals(415, form.statusCode(), "a cross-site form cannot post a sign-in");
        HttpResponse<String> empty = api.post("/api/portal/auth/login", null, "{}");
        assertEquals(401, empty.statusCode(), empty.body());
    }
}
