package org.coopbank.it;

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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Run by {@code mvn -B verify -Pbenchmark}: prints the posting figures and writes them to target/benchmark.txt. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PostingBenchmarkIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(PostingBenchmarkIT.class, BenchmarkServlet.class);
    }

    @ArquillianResource
    URL testWar;

    @Test
    void postingThroughputAndLatency() throws Exception {
        int ops = Integer.getInteger("bench.ops", 4000);
        int threads = Integer.getInteger("bench.threads", 8);
        String url = "http://" + testWar.getHost() + ":" + testWar.getPort() + "/bank-tests/bench/postings?ops=" + ops
                + "&threads=" + threads;
        HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofMinutes(20)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        String figures = "BENCHMARK (" + System.getProperty("coopbank.db") + ", " + Runtime.getRuntime().availableProcessors()
                + " cores)\n" + r.body();
        System.out.println(figures);
        Files.writeString(Path.of("target", "benchmark.txt"), figures);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("clean=true") && r.body().contains("balances=true"), r.body());
    }
}
