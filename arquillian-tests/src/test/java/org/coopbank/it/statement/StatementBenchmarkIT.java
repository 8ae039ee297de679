package org.coopbank.it.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.coopbank.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Run by {@code ./mvnw -B verify -Pbenchmark -Dit.test=StatementBenchmarkIT}: prints the statement figures and
 * writes them to target/statement-benchmark.txt. {@code -Dbench.rows=N -Dbench.runs=R} change the load.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatementBenchmarkIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(StatementBenchmarkIT.class, StatementBenchmarkServlet.class,
                StatementBenchmarkServlet.PdfWork.class);
    }

    @ArquillianResource
    URL testWar;

    @Test
    void statementOfABusyYear() throws Exception {
        String url = "http://" + testWar.getHost() + ":" + testWar.getPort() + "/bank-tests/bench/statements?rows="
                + Integer.getInteger("bench.rows", 5000) + "&runs=" + Integer.getInteger("bench.runs", 7);
        HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(20))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        String figures = "STATEMENT BENCHMARK (" + System.getProperty("coopbank.db") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores)\n" + r.body();
        System.out.println(figures);
        Files.writeString(Path.of("target", "statement-benchmark.txt"), figures);
        assertEquals(200, r.statusCode(), r.body());
    }
}
