package org.coopbank.it.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.coopbank.it.Deployments;
import org.coopbank.it.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code COOPBANK_SMS_MODE=http}: the code is posted as JSON with the bearer key to the provider (here a little HTTP
 * server in the test's JVM), after the commit, and nothing lands in the outbox; an unknown mobile posts nothing; a
 * provider's passing failure (503) is tried again after a pause, a refusal (400) is not.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpSmsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(HttpSmsIT.class, AccessFixtureServlet.class, AccessProbe.class);
    }

    @ArquillianResource
    URL testWar;

    private final HttpClient http = HttpClient.newHttpClient();

    private String fixture(String action, String... params) throws Exception {
        StringBuilder q = new StringBuilder("do=").append(action);
        for (int i = 0; i + 1 < params.length; i += 2) {
            q.append('&').append(params[i]).append('=').append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://" + testWar.getHost() + ":"
                + testWar.getPort() + "/bank-tests/fixtures/access?" + q)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), action + ": " + r.body());
        return r.body().trim();
    }

    @Test
    void theCode_isPostedToTheProvider_asJsonWithTheKey_andNotKeptInTheOutbox() throws Exception {
        String mobile = fixture("customer");
        BlockingQueue<String[]> posts = new LinkedBlockingQueue<>();
        HttpServer provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/sms", exchange -> {
            posts.add(new String[] {exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)});
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        provider.start();
        try {
            fixture("sms-http", "url", "http://127.0.0.1:" + provider.getAddress().getPort() + "/sms");
            String before = fixture("sms-count", "mobile", mobile);
            fixture("request-otp", "mobile", mobile);
            String[] post = posts.poll(15, TimeUnit.SECONDS);
            assertNotNull(post, "the provider got the SMS");
            assertEquals("POST", post[0]);
            assertEquals("Bearer test-key", post[1]);
            assertEquals("application/json", post[2]);
            assertTrue(post[3].matches("\\{\"to\":\"" + mobile + "\",\"text\":\"Co-operative Bank: your sign-in code is \\d{6}\\..*\"}"),
                    post[3]);
            assertEquals(before, fixture("sms-count", "mobile", mobile), "nothing in the outbox");

            fixture("request-otp", "mobile", TestData.uniqueMobile());
            assertNull(posts.poll(2, TimeUnit.SECONDS), "an unknown mobile gets no SMS");
        } finally {
            fixture("sms-outbox");
            provider.stop(0);
        }
    }

    @Test
    void aPassingFailure_isTriedAgain_butARefusalIsNot() throws Exception {
        String mobile = fixture("customer");
        String other = fixture("customer"); // both made while SMS go to the outbox (the fixture reads the code there)
        BlockingQueue<Long> posts = new LinkedBlockingQueue<>();
        java.util.concurrent.atomic.AtomicInteger answer = new java.util.concurrent.atomic.AtomicInteger();
        int[] statuses = {503, 503, 202, 400};
        HttpServer provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/sms", exchange -> {
            exchange.getRequestBody().readAllBytes();
            posts.add(System.nanoTime());
            exchange.sendResponseHeaders(statuses[Math.min(answer.getAndIncrement(), statuses.length - 1)], -1);
            exchange.close();
        });
        provider.start();
        try {
            fixture("sms-http", "url", "http://127.0.0.1:" + provider.getAddress().getPort() + "/sms");
            fixture("request-otp", "mobile", mobile);
            Long first = posts.poll(15, TimeUnit.SECONDS);
            assertNotNull(first, "first try");
            Long second = posts.poll(15, TimeUnit.SECONDS);
            assertNotNull(second, "tried again after the provider's 503");
            assertTrue(second - first >= 1_500_000_000L, "not at once: after a pause");
            assertNotNull(posts.poll(20, TimeUnit.SECONDS), "a third try, which the provider accepts");
            assertNull(posts.poll(10, TimeUnit.SECONDS), "accepted: no further try");

            // a refusal (400) is final
            fixture("request-otp", "mobile", other);
            assertNotNull(posts.poll(15, TimeUnit.SECONDS), "the next code's post");
            assertNull(posts.poll(4, TimeUnit.SECONDS), "a 400 is not tried again");
        } finally {
            fixture("sms-outbox");
            provider.stop(0);
        }
    }
}
