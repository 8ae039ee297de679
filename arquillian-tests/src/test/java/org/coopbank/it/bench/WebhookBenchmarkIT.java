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
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.coopbank.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The webhook endpoint under a gateway's burst (README "Webhook benchmark"; {@code ./mvnw -B verify -Pbenchmark
 * -Dit.test=WebhookBenchmarkIT}, with {@code -Ddb=postgresql} for the production database). The server opens
 * {@code bench.webhooks} × (100 − {@code bench.duplicates-percent}) % online deposits (8,000 of 10,000 by default) over
 * {@code bench.accounts} (200) accounts, each with its signed {@code payment.captured} event in Razorpay's JSON; the
 * other deliveries are redeliveries of randomly chosen events (same event id, body and signature, as Razorpay
 * retries). All are shuffled and posted to {@code /api/webhooks/razorpay} by {@code bench.clients} (32) concurrent
 * clients; a 5xx is delivered again, as the gateway would. It prints the deliveries accepted per second, their
 * latency, the time until every payment is applied (the MDB posting to the ledger), and, in the same run, the raw
 * rate of a single-row INSERT + COMMIT from as many threads on the same datasource (the ceiling for a store-then-ack
 * endpoint). Then it checks that every payment was applied exactly once and the books balance.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhookBenchmarkIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(WebhookBenchServlet.class);
    }

    @ArquillianResource
    URL testWar;

    record Delivery(long paymentId, String eventId, String body, String signature) {
    }

    @Test
    void webhooksUnderLoad() throws Exception {
        int total = Integer.getInteger("bench.webhooks", 10_000);
        int dupPercent = Integer.getInteger("bench.duplicates-percent", 20);
        int clients = Integer.getInteger("bench.clients", 32);
        int accounts = Integer.getInteger("bench.accounts", 200);
        int unique = total * (100 - dupPercent) / 100;
        String base = "http://" + testWar.getHost() + ":" + testWar.getPort();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();

        long t0 = System.nanoTime();
        HttpResponse<String> setup = fixture(http, base, "do=setup&payments=" + unique + "&accounts=" + accounts);
        assertEquals(200, setup.statusCode(), setup.body());
        double setupSeconds = (System.nanoTime() - t0) / 1e9;
        String[] lines = setup.body().split("\n");
        String accountIds = lines[0].substring("accounts ".length()).trim();
        long lastEventBefore = Long.parseLong(lines[1].substring("events ".length()).trim());
        List<Delivery> events = new ArrayList<>();
        for (int i = 2; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] f = lines[i].trim().split(" ");
            events.add(new Delivery(Long.parseLong(f[0]), f[1],
                    new String(Base64.getDecoder().decode(f[3]), StandardCharsets.UTF_8), f[2]));
        }
        assertEquals(unique, events.size());
        long from = events.stream().mapToLong(Delivery::paymentId).min().orElseThrow();
        long to = events.stream().mapToLong(Delivery::paymentId).max().orElseThrow();

        Random random = new Random(20261126L);
        List<Delivery> deliveries = new ArrayList<>(events);
        for (int i = unique; i < total; i++) {
            deliveries.add(events.get(random.nextInt(unique)));
        }
        Collections.shuffle(deliveries, random);

        // the deliveries
        AtomicInteger next = new AtomicInteger();
        AtomicLong retried = new AtomicLong();
        long[] latency = new long[deliveries.size()];
        Map<String, Integer> receipts = Collections.synchronizedMap(new HashMap<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < deliveries.size(); i = next.getAndIncrement()) {
                    Delivery d = deliveries.get(i);
                    long s = System.nanoTime();
                    HttpResponse<String> r = null;
                    for (int attempt = 0; attempt < 5; attempt++) {
                        r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/webhooks/razorpay"))
                                .header("Content-Type", "application/json")
                                .header("X-Razorpay-Signature", d.signature())
                                .header("X-Razorpay-Event-Id", d.eventId())
                                .POST(HttpRequest.BodyPublishers.ofString(d.body())).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() < 500) {
                            break;
                        }
                        retried.incrementAndGet();
                        Thread.sleep(100);
                    }
                    latency[i] = System.nanoTime() - s;
                    String receipt = r.statusCode() == 200 && r.body().contains("STORED") ? "STORED"
                            : r.statusCode() == 200 && r.body().contains("DUPLICATE") ? "DUPLICATE"
                            : "HTTP " + r.statusCode();
                    receipts.merge(receipt, 1, Integer::sum);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        double sendSeconds = (System.nanoTime() - start) / 1e9;

        // until every payment is applied
        String progress = "";
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            progress = fixture(http, base, "do=progress&from=" + from + "&to=" + to + "&events=" + lastEventBefore)
                    .body().trim();
            String[] p = progress.split(" ");
            if (Long.parseLong(p[0]) == unique && Long.parseLong(p[1]) == 0) {
                break;
            }
            Thread.sleep(100);
        }
        double appliedSeconds = (System.nanoTime() - start) / 1e9;

        // the ceiling, in the same run on the same database
        String[] ceiling = fixture(http, base, "do=ceiling&rows=" + total + "&threads=" + clients).body().trim().split(" ");
        double ceilingRate = Long.parseLong(ceiling[0]) / Double.parseDouble(ceiling[1]);

        Map<String, String> check = new HashMap<>();
        for (String line : fixture(http, base, "do=verify&from=" + from + "&to=" + to + "&events=" + lastEventBefore
                + "&accounts=" + accountIds)
                .body().split("\n")) {
            String[] kv = line.split("=", 2);
            if (kv.length == 2) {
                check.put(kv[0], kv[1]);
            }
        }

        Arrays.sort(latency);
        double accepted = total / sendSeconds;
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "WEBHOOK BENCHMARK (%s, %d cores shared by server and clients, %s)%n",
                System.getProperty("coopbank.db"), Runtime.getRuntime().availableProcessors(), LocalDate.now()));
        out.append(String.format(Locale.ROOT, "%d deliveries: %d payment.captured events + %d redeliveries (%d %%), "
                + "shuffled, %d concurrent clients; %d payments over %d accounts set up in %.1f s%n",
                total, unique, total - unique, dupPercent, clients, unique, accounts, setupSeconds));
        out.append(String.format(Locale.ROOT, "accepted:            %,.0f webhooks/s (%d in %.2f s), receipts %s, "
                + "5xx redelivered %d%n", accepted, total, sendSeconds, new java.util.TreeMap<>(receipts), retried.get()));
        out.append(String.format(Locale.ROOT, "latency:             p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                pct(latency, 50), pct(latency, 95), pct(latency, 99), latency[latency.length - 1] / 1e6));
        out.append(String.format(Locale.ROOT, "all applied after:   %.2f s from the first delivery (%,.0f payments/s "
                + "posted to the ledger)%n", appliedSeconds, unique / appliedSeconds));
        out.append(String.format(Locale.ROOT, "ceiling:             %,.0f single-row INSERT+COMMIT/s (%s rows, %d threads, "
                + "same datasource)%n", ceilingRate, ceiling[0], clients));
        out.append(String.format(Locale.ROOT, "ratio to ceiling:    %.2f (accepted webhooks/s ÷ insert+commit/s)%n",
                accepted / ceilingRate));
        out.append(String.format(Locale.ROOT, "exactly once:        paid %s of %s, journal entries %s, posted twice %s, "
                + "without entry %s, deposits on the accounts %s%n", check.get("paid"), check.get("payments"),
                check.get("postedEntries"), check.get("paymentsPostedTwice"), check.get("paymentsWithoutEntry"),
                check.get("accountDeposits")));
        out.append(String.format(Locale.ROOT, "money:               payments %s, deposits booked %s, balances %s; "
                + "webhook events stored %d; ledger %s%n", check.get("paymentsTotal"), check.get("depositsTotal"),
                check.get("balancesTotal"), Long.parseLong(check.get("webhookEvents")),
                check.get("ledger")));
        System.out.println(out);
        Files.writeString(Path.of("target", "webhook-benchmark.txt"), out);

        assertEquals(String.valueOf(unique), progress.split(" ")[0], "every payment applied in time: " + progress);
        assertEquals(String.valueOf(unique), check.get("paid"));
        assertEquals(String.valueOf(unique), check.get("postedEntries"), "one journal entry per payment");
        assertEquals("0", check.get("paymentsPostedTwice"));
        assertEquals("0", check.get("paymentsWithoutEntry"));
        assertEquals(String.valueOf(unique), check.get("accountDeposits"), "one deposit per payment on the accounts");
        assertEquals(check.get("paymentsTotal"), check.get("depositsTotal"));
        assertEquals(check.get("paymentsTotal"), check.get("balancesTotal"));
        assertEquals(unique, Long.parseLong(check.get("webhookEvents")), "each event stored once");
        assertEquals("sound", check.get("ledger"));
        assertTrue(receipts.keySet().stream().allMatch(k -> k.equals("STORED") || k.equals("DUPLICATE")),
                "every delivery answered 200: " + receipts);
        assertEquals(unique, receipts.getOrDefault("STORED", 0), "each event stored by exactly one delivery");
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)] / 1e6;
    }

    private static HttpResponse<String> fixture(HttpClient http, String base, String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/bank-tests/bench/webhooks?" + query))
                .timeout(Duration.ofMinutes(15)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
