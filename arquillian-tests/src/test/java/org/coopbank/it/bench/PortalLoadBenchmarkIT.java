package org.coopbank.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
 * The customer portal under load (README "Portal load benchmark"; {@code ./mvnw -B verify -Pportal-benchmark
 * -Ddb=postgresql} against a generated bank). A JVM load generator: {@code bench.sessions} (64) customers of the bank
 * each sign in twice, once on the page ({@code POST /portal/login}, a session cookie) and once on the API (a bearer
 * token), then each scenario runs as a closed loop: every session sends its next request as soon as the last one
 * answered, for {@code bench.warmup} seconds unmeasured and {@code bench.seconds} measured. Every answer is checked
 * (status 200 and a marker of the right page: a sign-in page or an error counts as an error, not as a fast request).
 * Scenarios: a static file of the same server (the HTTP ceiling: no application code, no session), the dashboard, the
 * account history page, and the JSON API (the summary, and a page of transactions). It prints requests, req/s,
 * p50/p95/p99/max and the ratio of req/s to the static ceiling, and writes them to target/portal-benchmark.txt. After
 * each loaded run (the code is warm by then), {@code bench.alone} (100) requests one after another on one connection
 * give the latency without a queue ("alone p50").
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalLoadBenchmarkIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(PortalLoadKeysServlet.class);
    }

    @ArquillianResource
    URL testWar;

    record User(long customerId, String mobile, long accountId) {
    }

    /** One kind of request of the benchmark and the marker a right answer contains. */
    record Scenario(String name, Function<Session, HttpRequest.Builder> request, String marker) {
    }

    /** A signed-in customer: the page session cookie and the API token. */
    record Session(User user, String cookie, String token) {
    }

    @Test
    void portalUnderLoad() throws Exception {
        int sessions = Integer.getInteger("bench.sessions", 64);
        int seconds = Integer.getInteger("bench.seconds", 20);
        int warmup = Integer.getInteger("bench.warmup", 5);
        String password = System.getProperty("bench.customer-password", "Portal@2026");
        String base = "http://" + testWar.getHost() + ":" + testWar.getPort();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

        HttpResponse<String> k = http.send(HttpRequest.newBuilder(URI.create(base + "/bank-tests/bench/portal/keys?n="
                + sessions)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, k.statusCode(), k.body());
        Map<String, String> bank = new LinkedHashMap<>();
        List<User> users = new ArrayList<>();
        for (String line : k.body().split("\n")) {
            String[] kv = line.trim().split("=", 2);
            if (kv[0].equals("user")) {
                String[] u = kv[1].split(" ");
                users.add(new User(Long.parseLong(u[0]), u[1], Long.parseLong(u[2])));
            } else if (kv.length == 2) {
                bank.put(kv[0], kv[1]);
            }
        }

        long t0 = System.nanoTime();
        List<Session> signedIn = new ArrayList<>();
        for (User u : users) {
            Browser b = new Browser(base);
            HttpResponse<String> r = b.signIn("/portal/login", u.mobile(), password);
            assertEquals(303, r.statusCode(), "page sign-in of generated customer " + u.mobile());
            HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(base + "/api/portal/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"mobile\":\"" + u.mobile() + "\",\"password\":\""
                            + password + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, api.statusCode(), api.body());
            Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(api.body());
            assertTrue(m.find(), api.body());
            String cookie = b.cookie("PORTALSESSION");
            assertTrue(cookie != null, "the portal session cookie after sign-in");
            signedIn.add(new Session(u, "PORTALSESSION=" + cookie, m.group(1)));
        }
        double signInSeconds = (System.nanoTime() - t0) / 1e9;

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "PORTAL LOAD BENCHMARK (%s, %d cores shared by server and load generator, %s)%n",
                System.getProperty("coopbank.db"), Runtime.getRuntime().availableProcessors(), LocalDate.now()));
        out.append(String.format(Locale.ROOT, "bank: %s customers, %s journal entries, %s account transactions%n",
                bank.get("customers"), bank.get("journalEntries"), bank.get("accountTransactions")));
        out.append(String.format(Locale.ROOT, "%d sessions signed in (page and API, bcrypt) in %.1f s; closed loop, "
                + "every scenario warmed %d s first, then each %d s warm-up + %d s measured%n", signedIn.size(), signInSeconds,
                Integer.getInteger("bench.warmup-all", 10), warmup, seconds));
        out.append(String.format(Locale.ROOT, "%-44s %8s %7s %9s %8s %8s %8s %8s %9s %10s%n", "scenario", "requests",
                "errors", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "vs static", "alone p50"));

        Scenario staticFile = new Scenario("GET /index.html (static file, the ceiling)", s -> get(base + "/index.html"),
                "The bank is up");
        // -Dbench.only=dashboard (a part of the names below) runs only the scenarios it names, beside the static ceiling
        String only = System.getProperty("bench.only", "");
        List<Result> results = new ArrayList<>();
        List<Scenario> scenarios = List.of(
                new Scenario("GET /portal/dashboard",
                        x -> get(base + "/portal/dashboard").header("Cookie", x.cookie()), "id=\"total-balance\""),
                new Scenario("GET /portal/accounts/{id} (history, page 1)",
                        x -> get(base + "/portal/accounts/" + x.user().accountId()).header("Cookie", x.cookie()), "XXXX"),
                new Scenario("GET /api/portal/summary (JSON)",
                        x -> get(base + "/api/portal/summary").header("Authorization", "Bearer " + x.token()),
                        "\"accounts\""),
                new Scenario("GET /api/portal/accounts/{id}/transactions",
                        x -> get(base + "/api/portal/accounts/" + x.user().accountId() + "/transactions?size=20")
                                .header("Authorization", "Bearer " + x.token()), "\"items\""));
        List<Scenario> chosen = scenarios.stream().filter(sc -> sc.name().contains(only)).toList();
        // a server that has been up a while has compiled its hot paths: warm every chosen scenario once, unmeasured,
        // before measuring any (otherwise the first page scenario pays the JIT compiler for all pages)
        int warmAll = Integer.getInteger("bench.warmup-all", 10);
        if (warmAll > 0) {
            for (Scenario sc : Stream.concat(Stream.of(staticFile), chosen.stream()).toList()) {
                run(http, signedIn, warmAll, 0, sc.name(), sc.request(), sc.marker());
            }
        }
        Result ceiling = run(http, signedIn, warmup, seconds, staticFile.name(), staticFile.request(), staticFile.marker());
        out.append(ceiling.line(ceiling.rps()));
        for (Scenario sc : chosen) {
            results.add(run(http, signedIn, warmup, seconds, sc.name(), sc.request(), sc.marker()));
        }
        for (Result r : results) {
            out.append(r.line(ceiling.rps()));
        }
        out.append("(p99 over 100 ms is marked; \"vs static\" = req/s divided by the static file's req/s in this run)\n");
        System.out.println(out);
        Files.writeString(Path.of("target", "portal-benchmark.txt"), out);
        for (Result r : results) {
            assertTrue(r.errors() * 100 <= r.requests(), r.name() + ": more than 1 % errors, first: " + r.firstError());
        }
    }

    private static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
    }

    record Result(String name, long requests, long errors, double seconds, long[] sortedNanos, String firstError,
                  double aloneP50) {

        double rps() {
            return requests / seconds;
        }

        double pct(double p) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, i))] / 1e6;
        }

        String line(double ceilingRps) {
            double p99 = pct(0.99);
            return String.format(Locale.ROOT, "%-44s %8d %7d %9.1f %8.1f %8.1f %8.1f %8.1f %8.2fx %10.1f%s%n", name,
                    requests, errors, rps(), pct(0.50), pct(0.95), p99, sortedNanos.length == 0 ? Double.NaN
                            : sortedNanos[sortedNanos.length - 1] / 1e6, rps() / ceilingRps, aloneP50,
                    p99 > 100 ? "  p99 OVER 100 ms" : "");
        }
    }

    /** One scenario: every session loops; only requests started and finished inside the measured window count. */
    private static Result run(HttpClient http, List<Session> sessions, int warmup, int seconds, String name,
                              Function<Session, HttpRequest.Builder> request, String marker) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch ready = new CountDownLatch(sessions.size());
        long measureFrom = System.nanoTime() + warmup * 1_000_000_000L;
        long measureTo = measureFrom + seconds * 1_000_000_000L;
        List<Future<long[]>> perSession = new ArrayList<>();
        long[] errors = new long[sessions.size()];
        String[] firstError = new String[sessions.size()];
        for (int i = 0; i < sessions.size(); i++) {
            int idx = i;
            Session s = sessions.get(i);
            perSession.add(pool.submit(() -> {
                long[] lat = new long[4096];
                int n = 0;
                ready.countDown();
                while (!stop.get()) {
                    long start = System.nanoTime();
                    if (start >= measureTo) {
                        break;
                    }
                    boolean ok;
                    String why = null;
                    try {
                        HttpResponse<byte[]> r = http.send(request.apply(s).build(), HttpResponse.BodyHandlers.ofByteArray());
                        String body = new String(r.body(), StandardCharsets.UTF_8);
                        ok = r.statusCode() == 200 && body.contains(marker);
                        if (!ok) {
                            why = "HTTP " + r.statusCode() + " " + body.substring(0, Math.min(200, body.length()));
                        }
                    } catch (Exception e) {
                        ok = false;
                        why = e.toString();
                    }
                    long end = System.nanoTime();
                    if (start >= measureFrom && end <= measureTo) {
                        if (!ok) {
                            errors[idx]++;
                            if (firstError[idx] == null) {
                                firstError[idx] = why;
                            }
                        }
                        if (n == lat.length) {
                            lat = Arrays.copyOf(lat, n * 2);
                        }
                        lat[n++] = end - start;
                    }
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        ready.await();
        long total = 0;
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : perSession) {
            long[] l = f.get();
            all.add(l);
            total += l.length;
        }
        stop.set(true);
        pool.shutdown();
        long[] merged = new long[(int) total];
        int at = 0;
        for (long[] l : all) {
            System.arraycopy(l, 0, merged, at, l.length);
            at += l.length;
        }
        Arrays.sort(merged);
        long errs = Arrays.stream(errors).sum();
        String first = Arrays.stream(firstError).filter(e -> e != null).findFirst().orElse(null);
        // then alone, with the code warm: one session, requests one after another (the latency without any queue)
        int alone = Integer.getInteger("bench.alone", 100);
        long[] single = new long[alone];
        for (int i = 0; i < alone; i++) {
            Session s = sessions.get(i % sessions.size());
            long start = System.nanoTime();
            HttpResponse<byte[]> r = http.send(request.apply(s).build(), HttpResponse.BodyHandlers.ofByteArray());
            single[i] = System.nanoTime() - start;
            if (r.statusCode() != 200 || !new String(r.body(), StandardCharsets.UTF_8).contains(marker)) {
                throw new AssertionError(name + ": HTTP " + r.statusCode() + " "
                        + new String(r.body(), StandardCharsets.UTF_8).substring(0, Math.min(300, r.body().length)));
            }
        }
        Arrays.sort(single);
        double aloneP50 = alone == 0 ? Double.NaN : single[alone / 2] / 1e6;
        return new Result(name, total, errs, seconds, merged, first, aloneP50);
    }
}
