package org.coopbank.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.coopbank.customer.Customer;
import org.coopbank.security.SignInGuard;
import org.coopbank.security.SignInRealm;
import org.coopbank.security.web.FormSignIn;

/**
 * On every signed-in request: is the customer still ACTIVE with portal access? If not (blocked, access withdrawn
 * after signing in), the session ends at once: sign-out, invalidate, back to the sign-in page. The REST API never
 * reads the session (bearer tokens only, checked against the customer's status on every call): an {@code /api}
 * request with such a session ends the session too, then goes on to the API, which answers for itself (JSON, never
 * a redirect to the HTML sign-in page). Mapped in web.xml, after the security headers filter.
 */
public class LiveSessionFilter extends HttpFilter {

    @Inject
    CurrentCustomer current;

    @Inject
    SignInGuard guard;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (req.getUserPrincipal() == null || current.find().map(Customer::hasPortalAccess).orElse(false)) {
            chain.doFilter(req, resp);
            return;
        }
        guard.sessionEnded(SignInRealm.CUSTOMER, req.getUserPrincipal().getName(), FormSignIn.address(req, guard),
                req.getHeader("User-Agent"));
        FormSignIn.endCurrentSession(req);
        if (req.getServletPath().startsWith("/api")) {
            chain.doFilter(req, resp);
        } else {
            resp.sendRedirect(req.getContextPath() + "/portal/login");
        }
    }
}
