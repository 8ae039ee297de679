package org.coopbank.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.coopbank.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nightly jobs on a generated bank (README "Nightly jobs benchmark"; {@code ./mvnw -B verify -Pbenchmark
 * -Ddb=postgresql -Dit.test=BatchBenchmarkIT -Dtest=None} with {@code PORTAL_DB_URL} pointing at a bank generated
 * with 100,000 FDs maturing and 100,000 loans overdue). For the business date {@code bench.date} (default today in
 * Asia/Kolkata, the generator's default maturity date) it runs {@code fd-maturity} and then {@code emi-overdue} as the
 * operations screen starts them (chunks of {@code bench.chunk}, default 50 as the jobs' default), times each until it
 * ends, and in the same run times the ceiling: a raw JDBC batched UPDATE of the same rows, committed per chunk. It
 * prints items/s, the ratio to the ceiling, and the checks: nothing left due, nothing posted twice, the ledger sound.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BatchBenchmarkIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(BatchBenchServlet.class);
    }

    @ArquillianResource
    URL testWar;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void nightlyJobsOnTheGeneratedBank() throws Exception {
        LocalDate date = LocalDate.parse(System.getProperty("bench.date", LocalDate.now(ZoneId.of("Asia/Kolkata")).toString()));
        int chunk = Integer.getInteger("bench.chunk", 50);
        int shards = Integer.getInteger("bench.shards", 2); // parallel shares of each job (the jobs' default: 2)
        String[] due = call("due", date, "").split(" ");
        long fds = Long.parseLong(due[0]);
        long loans = Long.parseLong(due[1]);
        assertTrue(fds > 0 || loans > 0, "nothing due on " + date + ": run it on a generated bank (README)");

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "NIGHTLY JOBS BENCHMARK (%s, %d cores, business date %s, chunks of %d, %d share(s) in parallel, %s)%n",
                System.getProperty("coopbank.db"), Runtime.getRuntime().availableProcessors(), date, chunk, shards,
                LocalDate.now()));
        out.append(String.format(Locale.ROOT, "due: %,d FDs matured, %,d loans with unpaid instalments past due%n",
                fds, loans));
        out.append(String.format(Locale.ROOT, "%-12s %8s %8s %8s %8s %10s %10s %12s %10s%n", "job", "status", "read",
                "written", "skipped", "seconds", "items/s", "ceiling/s", "ratio"));
        // -Dbench.jobs=emi-overdue runs one of them (e.g. when the other already ran for the date)
        java.util.List<String> jobs = java.util.List.of(System.getProperty("bench.jobs", "fd-maturity,emi-overdue").split(","));
        for (String job : jobs) {
            String[] r = call("run", date, "&job=" + job + "&chunk=" + chunk + "&shards=" + shards).split(" ");
            long written = Long.parseLong(r[2]);
            double seconds = Double.parseDouble(r[4]);
            String[] c = call("ceiling", date, "&job=" + job + "&chunk=" + chunk).split(" ");
            double ceiling = Long.parseLong(c[0]) / Math.max(1e-9, Double.parseDouble(c[1]));
            double rate = written / seconds;
            out.append(String.format(Locale.ROOT, "%-12s %8s %,8d %,8d %,8d %10.1f %10.0f %12.0f %10.2f%n", job, r[0],
                    Long.parseLong(r[1]), written, Long.parseLong(r[3]), seconds, rate, ceiling, rate / ceiling));
            assertEquals("COMPLETED", r[0], job);
        }
        Map<String, String> check = new HashMap<>();
        for (String line : call("check", date, "").split("\n")) {
            String[] kv = line.split("=", 2);
            if (kv.length == 2) {
                check.put(kv[0], kv[1]);
            }
        }
        out.append(String.format(Locale.ROOT, "checks: FDs still active %s, FD entries posted twice %s, fd-maturity items "
                + "done %s; emi-overdue items done %s, penal entries posted twice %s; ledger %s%n",
                check.get("fdsStillActive"), check.get("fdEntriesTwice"), check.get("fdItemsDone"),
                check.get("overdueItemsDone"), check.get("penalEntriesTwice"), check.get("ledger")));
        System.out.println(out);
        Files.writeString(Path.of("target", "batch-benchmark.txt"), out);
        if (jobs.contains("fd-maturity")) { // else the FDs are still due, as the bank was made
            assertEquals("0", check.get("fdsStillActive"));
            assertEquals(String.valueOf(fds), check.get("fdItemsDone"));
        }
        if (jobs.contains("emi-overdue")) {
            assertEquals(String.valueOf(loans), check.get("overdueItemsDone"));
        }
        assertEquals("0", check.get("fdEntriesTwice"));
        assertEquals("0", check.get("penalEntriesTwice"));
        assertEquals("sound", check.get("ledger"));
    }

    private String call(String action, LocalDate date, String more) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://" + testWar.getHost() + ":"
                        + testWar.getPort() + "/bank-tests/bench/batch?do=" + action + "&date=" + date + more))
                .timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), action + ": " + r.body());
        return r.body().trim();
    }
}
