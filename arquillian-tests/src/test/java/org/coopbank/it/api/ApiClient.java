package org.coopbank.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.json.Json;

/**
 * A mobile app's view of the API: JSON over HTTP with an optional bearer token and client address (X-Forwarded-For,
 * believed only while a test makes 127.0.0.1 a trusted proxy). JSON is read with the JSON reader that is already on
 * the test class path (Selenium's), into maps and lists.
 */
final class ApiClient {

    private static final Json JSON = new Json();

    private final String base;
    private final String forwardedFor;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    ApiClient(String base, String forwardedFor) {
        this.base = base;
        this.forwardedFor = forwardedFor;
    }

    /** The client address this client claims (X-Forwarded-For), or null. */
    String address() {
        return forwardedFor;
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        return send("GET", path, token, null, null);
    }

    HttpResponse<String> post(String path, String token, String json) throws Exception {
        return send("POST", path, token, json == null ? null : "application/json", json);
    }

    HttpResponse<String> send(String method, String path, String token, String contentType, String body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> login(String mobile, String password) throws Exception {
        return post("/api/portal/auth/login", null, "{\"mobile\":\"" + mobile + "\",\"password\":\"" + password + "\"}");
    }

    /** Signs in and returns the token; fails the test unless it is a 200 with a bearer token. */
    String token(String mobile, String password) throws Exception {
        HttpResponse<String> r = login(mobile, password);
        assertEquals(200, r.statusCode(), r.body());
        Map<String, Object> body = map(r);
        assertEquals("Bearer", body.get("tokenType"));
        return (String) body.get("token");
    }

    /** Test-only fixture of the test WAR. */
    String fixture(String action, String... params) throws Exception {
        StringBuilder q = new StringBuilder("do=").append(action);
        for (int i = 0; i + 1 < params.length; i += 2) {
            q.append('&').append(params[i]).append('=').append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/bank-tests/fixtures/api?" + q))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), action + ": " + r.body());
        return r.body().trim();
    }

    static Map<String, Object> map(HttpResponse<String> r) {
        return JSON.toType(r.body(), Json.MAP_TYPE);
    }

    static List<Map<String, Object>> list(HttpResponse<String> r) {
        return JSON.toType(r.body(), Json.LIST_OF_MAPS_TYPE);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    static String contentType(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("").split(";")[0];
    }
}
