package org.coopbank.it.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopbank.it.Browser;

/** Client side of {@link ScreensFixtureServlet}, and JSF forms posted as a browser without JavaScript would. */
final class ScreensClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final String base;

    ScreensClient(String base) {
        this.base = base;
    }

    String fixture(String action, String... params) throws Exception {
        StringBuilder q = new StringBuilder("do=").append(action);
        for (int i = 0; i + 1 < params.length; i += 2) {
            q.append('&').append(params[i]).append('=').append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                        + "/bank-tests/fixtures/screens?" + q)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), action + ": " + r.body());
        return r.body().trim();
    }

    Browser staff(String roles) throws Exception {
        String user = fixture("staff", "roles", roles);
        Browser b = new Browser(base);
        assertTrue(b.login("/admin/home", "/admin/login", user, ScreensFixtureServlet.PASSWORD), "sign-in of " + user);
        return b;
    }

    /** Posts the JSF form {@code formId} of {@code page} (its fields, view state and the button pressed). */
    static HttpResponse<String> submit(Browser b, String path, HttpResponse<String> page, String formId,
                                       Map<String, String> fields) throws Exception {
        Matcher vs = VIEW_STATE.matcher(page.body());
        assertTrue(vs.find(), "a view state on " + page.body());
        Map<String, String> all = new LinkedHashMap<>();
        all.put(formId, formId);
        all.putAll(fields);
        all.put("jakarta.faces.ViewState", vs.group(1).replace("&#58;", ":"));
        return b.post(path, all);
    }

    /** The table row ({@code <tr>…</tr>}) of {@code html} that contains {@code text}, or "". */
    static String row(String html, String text) {
        int at = html.indexOf(text);
        if (at < 0) {
            return "";
        }
        int start = html.lastIndexOf("<tr", at);
        int end = html.indexOf("</tr>", at);
        return html.substring(start, end);
    }
}
