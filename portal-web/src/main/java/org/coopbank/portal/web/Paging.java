package org.coopbank.portal.web;

import jakarta.faces.context.FacesContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The {@code first} request parameter of the paged lists (a row number; anything else is the first page). */
public final class Paging {

    private Paging() {
    }

    public static int first() {
        String raw = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("first");
        if (raw == null || !raw.matches("\\d{1,7}")) {
            return 0;
        }
        return Integer.parseInt(raw);
    }

    /** {@code path?first=n&k=v…} under the context path; empty values are left out. */
    public static String link(String path, int first, Map<String, String> params) {
        StringBuilder b = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append(path).append("?first=").append(Math.max(0, first));
        if (params != null) {
            params.forEach((k, v) -> {
                if (v != null && !v.isEmpty()) {
                    b.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
                }
            });
        }
        return b.toString();
    }
}
