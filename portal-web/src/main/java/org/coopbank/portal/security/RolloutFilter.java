package org.coopbank.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.coopbank.featureflag.FeatureFlags;

/**
 * The superadmin's {@code portal} feature flag, on every signed-in page request: off, on, or on for a stable share of
 * customers ({@link FeatureFlags#isEnabledFor}, cached a few seconds). A customer outside the rollout sees the friendly
 * {@code /portal/not-yet} page (and can sign out); the sign-in pages themselves stay reachable. The API applies the same
 * flag in its bearer filter.
 */
public class RolloutFilter extends HttpFilter {

    static final String PAGE = "/portal/not-yet";
    private static final Set<String> OPEN = Set.of("/portal/login", "/portal/login-error", "/portal/logout",
            "/portal/otp", "/portal/activate", "/portal/forgot", "/portal/login-done", PAGE);

    @Inject
    CurrentCustomer current;

    @Inject
    FeatureFlags flags;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (req.getUserPrincipal() == null || !path.startsWith("/portal") || OPEN.contains(path)) {
            chain.doFilter(req, resp);
            return;
        }
        Long customerId = current.find().map(c -> c.id()).orElse(null);
        if (customerId == null || flags.isEnabledFor(FeatureFlags.PORTAL, customerId)) {
            chain.doFilter(req, resp);
            return;
        }
        if ("GET".equals(req.getMethod())) {
            resp.setHeader("Cache-Control", "no-store");
            req.getRequestDispatcher(PAGE).forward(req, resp);
        } else {
            resp.sendRedirect(req.getContextPath() + PAGE);
        }
    }
}
