package org.coopbank.it;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that does not follow redirects, like a browser tab; optionally sends an
 * X-Forwarded-For address (believed only while a test has made 127.0.0.1 a trusted proxy).
 */
public final class Browser {

    private final String base;
    private final String forwardedFor;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public Browser(String base) {
        this(base, null);
    }

    public Browser(String base, String forwardedFor) {
        this.base = base;
        this.forwardedFor = forwardedFor;
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(builder(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(builder(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> post(String path, Map<String, String> form, String... headers) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder b = builder(path).header("Content-Type", "application/x-www-form-urlencoded");
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts to the WAR's own sign-in handler ({@code /portal/login} or {@code /admin/login}). */
    public HttpResponse<String> signIn(String loginPath, String user, String password, String... headers) throws Exception {
        return post(loginPath, Map.of("username", user, "password", password), headers);
    }

    /** Opens a protected page (the login page comes back), signs in; true if sent on to the home page. */
    public boolean login(String protectedPath, String loginPath, String user, String password) throws Exception {
        HttpResponse<String> page = get(protectedPath);
        if (!isLoginPage(page)) {
            throw new AssertionError("expected the login page at " + protectedPath + ", got " + page.statusCode());
        }
        HttpResponse<String> r = signIn(loginPath, user, password);
        return r.statusCode() == 303 && r.headers().firstValue("Location").orElse("").endsWith("/home") || r.headers().firstValue("Location").orElse("").endsWith("/portal/dashboard");
    }

    public static boolean isLoginPage(HttpResponse<String> r) {
        return r.statusCode() == 200 && r.body().contains("id=\"login-form\"");
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        return b;
    }
}
