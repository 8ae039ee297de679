package org.coopbank.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** Client side of {@link SecurityFixtureServlet}. */
final class Fixtures {

    private static final AtomicInteger ADDRESSES = new AtomicInteger((int) (System.nanoTime() % 200));

    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    Fixtures(String base) {
        this.base = base;
    }

    /** A client address of its own for one test (sent as X-Forwarded-For while 127.0.0.1 is a trusted proxy). */
    static String freshAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (100 + (n / 250) % 100) + "." + (1 + n % 250);
    }

    String call(String action, String... params) throws Exception {
        StringBuilder q = new StringBuilder("do=").append(action);
        for (int i = 0; i + 1 < params.length; i += 2) {
            q.append('&').append(params[i]).append('=').append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/bank-tests/fixtures/security?" + q))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), action + ": " + r.body());
        return r.body().trim();
    }

    String setting(String key, String value) throws Exception {
        return call("setting", "key", key, "p", value);
    }
}
