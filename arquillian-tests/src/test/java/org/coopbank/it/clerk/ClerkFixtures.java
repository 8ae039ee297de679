package org.coopbank.it.clerk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Calls {@link ClerkFixtureServlet} from a client-side test. */
public final class ClerkFixtures {

    private final String base;

    public ClerkFixtures(String base) {
        this.base = base;
    }

    public String call(String action, String... params) throws Exception {
        StringBuilder q = new StringBuilder("do=").append(action);
        for (int i = 0; i + 1 < params.length; i += 2) {
            q.append('&').append(params[i]).append('=').append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/bank-tests/fixtures/clerk?" + q)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), action + ": " + r.body());
        return r.body().trim();
    }
}
