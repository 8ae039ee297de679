package org.coopbank.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
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

/** j_security_check is closed in every spelling; cross-site sign-in posts are refused; security headers; HTTPS. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebHardeningIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(WebHardeningIT.class, SecurityFixtureServlet.class, Fixtures.class, Browser.class);
    }

    @ArquillianResource
    URL testWar;

    private String base;
    private Fixtures fx;

    @BeforeEach
    void setUp() {
        base = "http://" + testWar.getHost() + ":" + testWar.getPort();
        fx = new Fixtures(base);
    }

    @Test
    void everyJSecurityCheckVariant_answers404_andSignsNobodyIn() throws Exception {
        String mobile = fx.call("customer");
        String user = fx.call("staff");
        String[] portal = {"/j_security_check", "/portal/j_security_check", "/x%2Fj_security_check", "/j_security_chec%6B",
            "/portal/home;/j_security_check", "/portal/login/j_security_check", "/%6A_security_check", "/J_SECURITY_CHECK/../j_security_check"};
        String[] admin = {"/admin/j_security_check", "/admin/x%2Fj_security_check", "/admin/j_security_chec%6B",
            "/admin/home;/j_security_check", "/admin/login/../j_security_check"};
        for (String path : portal) {
            Browser b = new Browser(base);
            b.get("/portal/dashboard");
            HttpResponse<String> r = b.post(path, Map.of("j_username", mobile, "j_password", SecurityFixtureServlet.PASSWORD));
            assertEquals(404, r.statusCode(), path);
            assertTrue(Browser.isLoginPage(b.get("/portal/dashboard")), "not signed in after " + path);
        }
        for (String path : admin) {
            Browser b = new Browser(base);
            b.get("/admin/home");
            HttpResponse<String> r = b.post(path, Map.of("j_username", user, "j_password", SecurityFixtureServlet.PASSWORD));
            assertEquals(404, r.statusCode(), path);
            assertTrue(Browser.isLoginPage(b.get("/admin/home")), "not signed in after " + path);
        }
    }

    @Test
    void crossSiteSignIn_isRefused_sameSiteIsNot() throws Exception {
        String mobile = fx.call("customer");
        String user = fx.call("staff");
        String self = "http://" + testWar.getHost() + ":" + testWar.getPort();
        Browser c = new Browser(base);
        HttpResponse<String> evil = c.signIn("/portal/login", mobile, SecurityFixtureServlet.PASSWORD, "Origin", "https://evil.example");
        assertEquals(403, evil.statusCode());
        assertTrue(Browser.isLoginPage(c.get("/portal/dashboard")));
        assertEquals(403, c.signIn("/portal/login", mobile, SecurityFixtureServlet.PASSWORD, "Origin", "null").statusCode());
        assertEquals(403, c.signIn("/portal/login", mobile, SecurityFixtureServlet.PASSWORD,
                "Referer", "https://evil.example/page").statusCode(), "no Origin: the Referer decides");
        Browser s = new Browser(base);
        assertEquals(403, s.signIn("/admin/login", user, SecurityFixtureServlet.PASSWORD, "Origin", "http://evil.example").statusCode());
        assertEquals(303, c.signIn("/portal/login", mobile, SecurityFixtureServlet.PASSWORD, "Origin", self).statusCode());
        assertEquals(303, s.signIn("/admin/login", user, SecurityFixtureServlet.PASSWORD, "Referer", self + "/admin/login").statusCode());
    }

    @Test
    void securityHeaders_onEveryResponseOfBothWars() throws Exception {
        String user = fx.call("staff");
        String mobile = fx.call("customer");
        Browser anonymous = new Browser(base);
        HttpResponse<String> challengeP = anonymous.get("/portal/dashboard");
        HttpResponse<String> challengeA = anonymous.get("/admin/home");
        assertTrue(Browser.isLoginPage(challengeP) && Browser.isLoginPage(challengeA));
        Browser s = new Browser(base);
        assertTrue(s.login("/admin/home", "/admin/login", user, SecurityFixtureServlet.PASSWORD));
        Browser c = new Browser(base);
        assertTrue(c.login("/portal/dashboard", "/portal/login", mobile, SecurityFixtureServlet.PASSWORD));
        for (HttpResponse<String> r : new HttpResponse[] {challengeP, challengeA, s.get("/admin/home"), s.get("/admin/login"), s.get("/admin/admin.css"),
            s.get("/admin/no-such-page"), c.get("/portal/dashboard"), c.get("/portal/login"), c.get("/jakarta.faces.resource/portal/portal.css.xhtml"),
            c.get("/api/status"), c.get("/")}) {
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'self'"), r.uri() + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), r.uri().toString());
            assertEquals("strict-origin-when-cross-origin", r.headers().firstValue("Referrer-Policy").orElse(""), r.uri().toString());
            assertTrue(r.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS while HTTPS is off");
        }
    }

    @Test
    void httpsSwitchedOn_redirectsPlainHttp_andSendsHsts() throws Exception {
        String old = fx.call("https", "p", "true");
        try {
            Browser b = new Browser(base);
            HttpResponse<String> r = b.get("/portal/login?x=1");
            assertEquals(308, r.statusCode());
            assertEquals("https://" + testWar.getHost() + ":8443/portal/login?x=1", r.headers().firstValue("Location").orElse(""));
            HttpResponse<String> a = b.get("/admin/login");
            assertEquals(308, a.statusCode());
            HttpClient tls = HttpClient.newBuilder().sslContext(trustAll()).build();
            HttpResponse<String> secure = tls.send(HttpRequest.newBuilder(URI.create("https://" + testWar.getHost() + ":8443/admin/login"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, secure.statusCode());
            assertTrue(secure.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age=31536000"));
        } finally {
            fx.call("https", "p", old);
        }
    }

    /** Test-only: the server's certificate is self-signed, generated at first use. */
    private static SSLContext trustAll() throws Exception {
        TrustManager tm = new X509ExtendedTrustManager() {
            public void checkClientTrusted(X509Certificate[] c, String a) { }
            public void checkServerTrusted(X509Certificate[] c, String a) { }
            public void checkClientTrusted(X509Certificate[] c, String a, Socket s) { }
            public void checkServerTrusted(X509Certificate[] c, String a, Socket s) { }
            public void checkClientTrusted(X509Certificate[] c, String a, SSLEngine e) { }
            public void checkServerTrusted(X509Certificate[] c, String a, SSLEngine e) { }
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, new TrustManager[] {tm}, null);
        return ctx;
    }
}
