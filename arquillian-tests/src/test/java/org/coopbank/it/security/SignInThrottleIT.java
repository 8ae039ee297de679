package org.coopbank.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.coopbank.it.Browser;
import org.coopbank.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sign-in throttle over real HTTP, in both WARs: back-off after 5 failures, lockout, superadmin unlock, the
 * per-address limit, no timing oracle for unknown users, and the sign-in log. Each test has its own users and its
 * own client address (X-Forwarded-For, believed because the test makes 127.0.0.1 a trusted proxy, then restores).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInThrottleIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(SignInThrottleIT.class, SecurityFixtureServlet.class, Fixtures.class, Browser.class);
    }

    @ArquillianResource
    URL testWar;

    private String base;
    private Fixtures fx;
    private String oldProxies;
    private String address;

    @BeforeEach
    void trustLoopbackAsProxy() throws Exception {
        base = "http://" + testWar.getHost() + ":" + testWar.getPort();
        fx = new Fixtures(base);
        oldProxies = fx.setting("security.login.trusted-proxies", "127.0.0.1");
        address = Fixtures.freshAddress();
    }

    @AfterEach
    void restore() throws Exception {
        fx.setting("security.login.trusted-proxies", oldProxies);
    }

    @Test
    void fiveFailures_backOff_evenTheRightPasswordWaits_thenSignsIn() throws Exception {
        String mobile = fx.call("customer");
        Browser b = new Browser(base, address);
        for (int i = 1; i <= 4; i++) {
            HttpResponse<String> r = b.signIn("/portal/login", mobile, "Wrong-pass" + i);
            assertEquals(401, r.statusCode());
            assertTrue(r.body().contains("Mobile number or password is not correct."), r.body());
        }
        HttpResponse<String> fifth = b.signIn("/portal/login", mobile, "Wrong-pass5");
        assertEquals(401, fifth.statusCode());
        assertTrue(fifth.body().contains("Try again in 5 seconds"), fifth.body());
        HttpResponse<String> right = b.signIn("/portal/login", mobile, SecurityFixtureServlet.PASSWORD);
        assertEquals(429, right.statusCode(), "a correct password during the back-off is refused");
        assertTrue(right.body().matches("(?s).*Too many failed sign-in attempts\\. Try again in [1-5] seconds\\..*"), right.body());
        Thread.sleep(5_200);
        HttpResponse<String> later = b.signIn("/portal/login", mobile, SecurityFixtureServlet.PASSWORD);
        assertEquals(303, later.statusCode(), later.body());
        assertEquals(200, b.get("/portal/dashboard").statusCode());
        String events = fx.call("events", "user", mobile);
        assertTrue(events.startsWith("SUCCESS THROTTLED FAILURE FAILURE FAILURE FAILURE FAILURE"), events);
    }

    @Test
    void lockout_afterTheConfiguredCount_releasedBySuperadmin() throws Exception {
        String oldThreshold = fx.setting("security.login.lockout-threshold", "7");
        String oldBase = fx.setting("security.login.backoff-base-seconds", "1");
        try {
            String user = fx.call("staff");
            Browser b = new Browser(base, address);
            for (int i = 1; i <= 5; i++) {
                assertEquals(401, b.signIn("/admin/login", user, "Wrong-pass" + i).statusCode());
            }
            Thread.sleep(1_100);
            assertEquals(401, b.signIn("/admin/login", user, "Wrong-pass6").statusCode());
            Thread.sleep(2_100);
            HttpResponse<String> seventh = b.signIn("/admin/login", user, "Wrong-pass7");
            assertEquals(401, seventh.statusCode());
            assertTrue(seventh.body().contains("Sign-in is locked"), seventh.body());
            HttpResponse<String> right = new Browser(base, Fixtures.freshAddress()).signIn("/admin/login", user,
                    SecurityFixtureServlet.PASSWORD);
            assertEquals(429, right.statusCode(), "locked from every address");
            assertTrue(right.body().contains("Try again in 30 minutes, or ask the bank to unlock it."), right.body());

            assertEquals("1", fx.call("unlock", "user", user));
            assertEquals(303, b.signIn("/admin/login", user, SecurityFixtureServlet.PASSWORD).statusCode());
            assertTrue(b.get("/admin/home").body().contains(user));
            assertEquals(302, b.post("/admin/logout", java.util.Map.of()).statusCode());
            String events = fx.call("events", "user", user);
            assertTrue(events.startsWith("SIGN_OUT SUCCESS UNLOCK LOCKED LOCKOUT FAILURE"), events);
        } finally {
            fx.setting("security.login.lockout-threshold", oldThreshold);
            fx.setting("security.login.backoff-base-seconds", oldBase);
        }
    }

    @Test
    void oneAddress_failingAcrossManyUsernames_isHeldBack() throws Exception {
        String user = fx.call("staff");
        Browser attacker = new Browser(base, address);
        for (int i = 0; i < 20; i++) {
            assertEquals(401, attacker.signIn("/admin/login", "nobody" + i + "x" + System.nanoTime() % 100_000, "Wrong-pass1").statusCode());
        }
        HttpResponse<String> r = attacker.signIn("/admin/login", user, SecurityFixtureServlet.PASSWORD);
        assertEquals(429, r.statusCode(), "the address backs off, whatever the username");
        assertTrue(r.body().contains("Try again in"), r.body());
        assertEquals(303, new Browser(base, Fixtures.freshAddress()).signIn("/admin/login", user,
                SecurityFixtureServlet.PASSWORD).statusCode(), "the user signs in from elsewhere");
        assertTrue(fx.call("events", "address", address).startsWith("THROTTLED FAILURE"));
    }

    @Test
    void unknownUser_failsNoFasterThanAKnownOne() throws Exception {
        String mobile = fx.call("customer");
        String user = fx.call("staff");
        for (String login : new String[] {"/portal/login", "/admin/login"}) {
            String known = login.startsWith("/portal") ? mobile : user;
            String unknownPrefix = login.startsWith("/portal") ? "70000" : "ghost";
            timed(login, known, Fixtures.freshAddress()); // warm up both paths
            timed(login, unknownPrefix + System.nanoTime() % 100_000, Fixtures.freshAddress());
            List<Long> knownTimes = new ArrayList<>();
            List<Long> unknownTimes = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                knownTimes.add(timed(login, known, Fixtures.freshAddress()));
                unknownTimes.add(timed(login, unknownPrefix + System.nanoTime() % 100_000, Fixtures.freshAddress()));
            }
            long knownMedian = median(knownTimes);
            long unknownMedian = median(unknownTimes);
            assertTrue(unknownMedian * 2 >= knownMedian, login + ": unknown " + unknownTimes + " vs known " + knownTimes);
        }
    }

    @Test
    void wrongPassword_messagesDoNotTellWhetherTheUserExists() throws Exception {
        String user = fx.call("staff");
        String knownBody = new Browser(base, address).signIn("/admin/login", user, "Wrong-pass1").body();
        String unknownBody = new Browser(base, address).signIn("/admin/login", user + "zz", "Wrong-pass1").body();
        assertEquals(knownBody, unknownBody);
        assertFalse(knownBody.contains(user));
    }

    private long timed(String login, String user, String from) throws Exception {
        long t = System.nanoTime();
        assertEquals(401, new Browser(base, from).signIn(login, user, "Wrong-pass1").statusCode());
        return System.nanoTime() - t;
    }

    private static long median(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
