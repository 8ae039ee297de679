package org.coopbank.admin.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import org.coopbank.security.SignInGuard;
import org.coopbank.security.SignInRealm;
import org.coopbank.security.web.FormSignIn;
import org.coopbank.staff.StaffRole;
import org.coopbank.staff.StaffUser;

/**
 * On every signed-in request: is the staff user still enabled, and still granted every role the session carries?
 * If not (disabled or demoted after signing in), the session ends at once and the user is sent to the sign-in page.
 * A user with a temporary password is sent to the change-password page and let nowhere else until it is changed.
 */
public class LiveSessionFilter extends HttpFilter {

    static final String CHANGE_PASSWORD = "/change-password";
    private static final Set<String> OPEN_WHILE_PASSWORD_TEMPORARY = Set.of(CHANGE_PASSWORD, "/logout", "/admin.css");

    @Inject
    CurrentStaff current;

    @Inject
    SignInGuard guard;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (req.getUserPrincipal() == null) {
            chain.doFilter(req, resp);
            return;
        }
        StaffUser me = current.find().orElse(null);
        if (me == null || !me.isEnabled() || Arrays.stream(StaffRole.values())
                .anyMatch(r -> req.isUserInRole(r.roleName()) && !me.hasRole(r))) {
            guard.sessionEnded(SignInRealm.STAFF, req.getUserPrincipal().getName(), FormSignIn.address(req, guard),
                    req.getHeader("User-Agent"));
            FormSignIn.endCurrentSession(req);
            resp.sendRedirect(req.getContextPath() + "/login");
            return;
        }
        if (me.mustChangePassword() && !OPEN_WHILE_PASSWORD_TEMPORARY.contains(req.getServletPath())
                && !req.getServletPath().startsWith("/jakarta.faces.resource/")) {
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", req.getContextPath() + CHANGE_PASSWORD);
            return;
        }
        chain.doFilter(req, resp);
    }
}
