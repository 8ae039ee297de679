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

/** Every portal route over HTTP: the owner gets the page, another customer gets a 404 that shows nothing, a stranger the sign-in page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalPagesIT {

    private static final String[] ROUTES = {"/portal/dashboard", "/portal/accounts", "/portal/loans", "/portal/fd",
        "/portal/statements", "/portal/profile", "/portal/notifications", "/portal/standing-instructions"};

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(PortalFixtureServlet.class, PortalBank.class, PortalBank.Made.class);
    }

    @ArquillianResource
    URL testWar;

    private String base() {
        return "http://" + testWar.getHost() + ":" + testWar.getPort();
    }

    private PortalBank.Made customer(String name) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base()
                        + "/bank-tests/fixtures/portal?name=" + name.replace(" ", "+")))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return PortalBank.Made.parse(r.body());
    }

    private Browser signedIn(PortalBank.Made m) throws Exception {
        Browser b = new Browser(base());
        assertTrue(b.login("/portal/dashboard", "/portal/login", m.mobile(), PortalBank.PASSWORD));
        return b;
    }

    @Test
    void everyRoute_answersTheOwner_withMaskedNumbersOnly() throws Exception {
        PortalBank.Made m = customer("Route Owner");
        Browser b = signedIn(m);
        for (String path : ROUTES) {
            assertPage(b, m, path);
        }
        assertPage(b, m, "/portal/accounts/" + m.savingsId());
        assertPage(b, m, "/portal/accounts/" + m.currentId() + "?from=2020-01-01&to=2099-12-31");
        assertPage(b, m, "/portal/loans/" + m.loanId());
        HttpResponse<String> home = b.get("/portal/home");
        assertEquals(302, home.statusCode());
        assertTrue(home.headers().firstValue("Location").orElse("").endsWith("/portal/dashboard"));
    }

    private static void assertPage(Browser b, PortalBank.Made m, String path) throws Exception {
        HttpResponse<String> r = b.get(path);
        assertEquals(200, r.statusCode(), path);
        assertFalse(r.body().contains(m.savingsNumber()) || r.body().contains(m.currentNumber()), path + " shows a full number");
        assertTrue(r.body().contains("Sign out"), path);
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse("no-store").contains("no-store") ? "no-store" : "", path);
    }

    @Test
    void anotherCustomersIds_areNotFound_andLeakNothing() throws Exception {
        PortalBank.Made owner = customer("Id Owner");
        PortalBank.Made snooper = customer("Id Snooper");
        Browser b = signedIn(snooper);
        for (String path : new String[] {"/portal/accounts/" + owner.savingsId(), "/portal/accounts/" + owner.currentId(),
            "/portal/loans/" + owner.loanId(), "/portal/accounts/" + owner.savingsId() + "?from=2020-01-01",
            "/portal/accounts/99999999999", "/portal/loans/abc", "/portal/accounts/1/2"}) {
            HttpResponse<String> r = b.get(path);
            assertEquals(404, r.statusCode(), path);
            String masked = "XXXX" + owner.savingsNumber().substring(owner.savingsNumber().length() - 4);
            assertFalse(r.body().contains(masked) || r.body().contains(owner.loanNumber()) || r.body().contains("Id Owner"), path);
        }
        assertEquals(404, b.get("/portal/account").statusCode(), "the detail view without an id");
    }

    @Test
    void strangers_getTheSignInPage_everywhere() throws Exception {
        PortalBank.Made m = customer("Route Stranger");
        Browser anonymous = new Browser(base());
        for (String path : ROUTES) {
            assertTrue(Browser.isLoginPage(anonymous.get(path)), path);
        }
        assertTrue(Browser.isLoginPage(anonymous.get("/portal/accounts/" + m.savingsId())));
        assertTrue(Browser.isLoginPage(anonymous.get("/portal/loans/" + m.loanId())));
    }
}
