package org.coopbank.security.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Refuses cross-site form posts (login CSRF): the {@code Origin} header, or when a browser sends none the
 * {@code Referer}, must name the request's own host. A request with neither is not from a browser form on another
 * site (browsers send {@code Origin} on every cross-site POST) and passes.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    public static boolean isCrossSite(HttpServletRequest req) {
        String host = req.getHeader("Host");
        String origin = req.getHeader("Origin");
        if (origin != null) {
            return !sameHost(origin, host);
        }
        String referer = req.getHeader("Referer");
        return referer != null && !sameHost(referer, host);
    }

    static boolean sameHost(String url, String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            URI u = new URI(url.trim());
            String scheme = u.getScheme();
            return u.getRawAuthority() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                    && u.getRawAuthority().equalsIgnoreCase(host.trim());
        } catch (URISyntaxException e) {
            return false; // "null" origins (sandboxed frames, file:) and junk
        }
    }
}
