package org.coopbank.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Properties;
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
 * Run by {@code ./mvnw -B verify -Plist-benchmark -Ddb=postgresql} against a generated bank (README "List
 * benchmark"): times each staff list and search through the query services, then the real intranet pages over HTTP
 * with a signed-in staff session (the generator's demo staff users), and prints and writes the figures to
 * target/list-benchmark.txt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ListBenchmarkIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(ListBenchmarkIT.class, ListBenchmarkServlet.class, BenchKeys.class, Timings.class);
    }

    @ArquillianResource
    URL testWar;

    @Test
    void staffListsAndSearches() throws Exception {
        int runs = Integer.getInteger("bench.runs", 20);
        String base = "http://" + testWar.getHost() + ":" + testWar.getPort();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/bank-tests/bench/lists?runs=" + runs))
                        .timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        StringBuilder figures = new StringBuilder("LIST BENCHMARK (" + System.getProperty("coopbank.db") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, " + runs + " runs each, " + LocalDate.now() + ")\n");
        figures.append("-- query services, inside the server --\n").append(r.body());
        assertEquals(200, r.statusCode(), r.body());

        Properties keys = new Properties();
        keys.load(new StringReader(http.send(HttpRequest.newBuilder(URI.create(base + "/bank-tests/bench/lists/keys")).build(),
                HttpResponse.BodyHandlers.ofString()).body()));
        figures.append("-- intranet pages over HTTP (GET, signed in; server render included) --\n").append(Timings.header("KB"));
        String password = System.getProperty("bench.staff-password", "Demo@2026");
        Browser clerk = signedIn(base, "clerk", password);
        Browser accountant = signedIn(base, "accountant", password);
        Browser manager = signedIn(base, "manager", password);
        String day = keys.getProperty("lastDay");
        String monthStart = LocalDate.parse(day).withDayOfMonth(1).toString();
        figures.append(page(clerk, "GET /admin/clerk/customers (page 1)", "/admin/clerk/customers", runs));
        figures.append(page(clerk, "GET /admin/clerk/customer?id= (typical)", "/admin/clerk/customer?id="
                + keys.getProperty("typicalCustomerId"), runs));
        figures.append(page(clerk, "GET /admin/clerk/customer?id= (busiest)", "/admin/clerk/customer?id="
                + keys.getProperty("busyCustomerId"), runs));
        figures.append(page(accountant, "GET /admin/accountant/journal (page 1)", "/admin/accountant/journal", runs));
        figures.append(page(accountant, "GET /admin/accountant/journal?from=&to= (last day)",
                "/admin/accountant/journal?from=" + day + "&to=" + day, runs));
        figures.append(page(accountant, "GET /admin/accountant/entry?id=", "/admin/accountant/entry?id="
                + keys.getProperty("entryId"), runs));
        figures.append(page(accountant, "GET /admin/accountant/day-book?date= (last day)",
                "/admin/accountant/day-book?date=" + day, runs));
        figures.append(page(accountant, "GET /admin/accountant/gl-statement?code=2000 (month)",
                "/admin/accountant/gl-statement?code=2000&from=" + monthStart + "&to=" + day, runs));
        figures.append(page(accountant, "GET /admin/accountant/gl-statement?code=1000 (day)",
                "/admin/accountant/gl-statement?code=1000&from=" + day + "&to=" + day, runs));
        figures.append(page(manager, "GET /admin/manager/approvals", "/admin/manager/approvals", runs));

        System.out.println(figures);
        Files.writeString(Path.of("target", "list-benchmark.txt"), figures);
        assertTrue(figures.indexOf("failed") < 0, figures.toString());
    }

    private static Browser signedIn(String base, String user, String password) throws Exception {
        Browser b = new Browser(base);
        int status = b.signIn("/admin/login", user, password).statusCode();
        assertEquals(303, status, "sign-in of the generated staff user " + user + " (password " + password + ")");
        return b;
    }

    private static String page(Browser b, String name, String path, int runs) throws Exception {
        return Timings.time(name, runs, () -> {
            HttpResponse<String> r = b.get(path);
            if (r.statusCode() != 200 || Browser.isLoginPage(r)) {
                throw new AssertionError(name + ": HTTP " + r.statusCode());
            }
            return r.body().length() / 1024;
        });
    }

}
