package org.coopbank.it.payment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopbank.it.Browser;

/** JSF forms submitted over HTTP as a browser without JavaScript would: the form's action, its fields and view state. */
final class FacesForms {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private FacesForms() {
    }

    /** Submits the JSF form {@code formId} of the page with {@code fields}; returns the answer (not followed). */
    static HttpResponse<String> submit(Browser b, HttpResponse<String> page, String formId, Map<String, String> fields)
            throws Exception {
        Matcher form = Pattern.compile("<form id=\"" + formId + "\"[^>]*action=\"([^\"]+)\"").matcher(page.body());
        assertTrue(form.find(), "form " + formId + " on the page");
        Matcher vs = VIEW_STATE.matcher(page.body());
        assertTrue(vs.find(), "a view state");
        Map<String, String> all = new LinkedHashMap<>();
        all.put(formId, formId);
        all.putAll(fields);
        all.put("jakarta.faces.ViewState", vs.group(1).replace("&#58;", ":"));
        return b.post(form.group(1).replace("&amp;", "&"), all);
    }

    /** The path a redirect answer points at. */
    static String location(HttpResponse<String> r) {
        assertTrue(r.statusCode() == 302 || r.statusCode() == 303, r.statusCode() + ": " + r.body());
        String l = r.headers().firstValue("Location").orElseThrow();
        return l.replaceFirst("^https?://[^/]+", "");
    }
}
