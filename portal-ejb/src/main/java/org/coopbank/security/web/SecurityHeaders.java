package org.coopbank.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response of both WARs carries, and, with HTTPS switched on ({@code coopbank.https}), the redirect
 * of plain HTTP to HTTPS and HSTS. The policy allows the pages' own scripts and styles ('self'); 'unsafe-inline' for
 * scripts and styles is there for PrimeFaces/Faces, which inline both.
 */
public final class SecurityHeaders {

    public static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The same policy for the one page that opens Razorpay Checkout (the portal's checkout page, with the Razorpay
     * gateway in use): Checkout's script from {@code checkout.razorpay.com}, its payment window a frame from
     * {@code api.razorpay.com} (and {@code checkout.razorpay.com}), its calls to {@code api.razorpay.com} and its
     * telemetry to {@code lumberjack.razorpay.com}, its logos from {@code cdn.razorpay.com}. Nothing else changes.
     */
    public static final String CSP_RAZORPAY_CHECKOUT = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' https://checkout.razorpay.com; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: https://cdn.razorpay.com; font-src 'self' data:; "
            + "connect-src 'self' https://api.razorpay.com https://lumberjack.razorpay.com; "
            + "frame-src https://api.razorpay.com https://checkout.razorpay.com; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    public static boolean httpsEnabled() {
        return Boolean.parseBoolean(System.getProperty("coopbank.https", "false"));
    }

    /** Adds the headers; answers true when it has redirected the request to HTTPS (nothing more to do). */
    public static boolean apply(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        resp.setHeader("X-Frame-Options", "DENY");
        if (!httpsEnabled()) {
            return false;
        }
        if (req.isSecure()) {
            resp.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            return false;
        }
        resp.setStatus(308); // permanent, and a POST stays a POST
        resp.setHeader("Location", httpsUrl(req));
        return true;
    }

    static String httpsUrl(HttpServletRequest req) {
        int port = Integer.getInteger("coopbank.https.port", 8443);
        StringBuilder url = new StringBuilder("https://").append(req.getServerName());
        if (port != 443) {
            url.append(':').append(port);
        }
        url.append(req.getRequestURI());
        if (req.getQueryString() != null) {
            url.append('?').append(req.getQueryString());
        }
        return url.toString();
    }
}
