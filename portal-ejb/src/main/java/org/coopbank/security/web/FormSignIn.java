package org.coopbank.security.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.coopbank.security.SignInGuard;
import org.coopbank.security.SignInRealm;
import org.coopbank.security.Verdict;

/**
 * The application's own sign-in POST (the container's {@code j_security_check} is blocked in each WAR's
 * {@code undertow-handlers.conf}): refuse cross-site posts, ask the throttle, then {@code request.login} against
 * the WAR's own security domain, rotate the session id if the container did not, and record the outcome.
 */
public final class FormSignIn {

    public enum Status { SIGNED_IN, FAILED, REFUSED, CROSS_SITE }

    /** The outcome; {@code message} is for the person signing in and never tells whether the username exists. */
    public record Result(Status status, String message, int httpStatus) {
    }

    private FormSignIn() {
    }

    public static Result signIn(HttpServletRequest req, SignInGuard guard, SignInRealm realm, String username,
                                String password, String wrongCredentialsMessage) {
        if (SameOrigin.isCrossSite(req)) {
            return new Result(Status.CROSS_SITE, "This sign-in form was sent from another site and was refused.", 403);
        }
        String user = username == null ? "" : username.trim();
        String address = guard.clientAddress(req.getRemoteAddr(), req.getHeader("X-Forwarded-For"));
        String agent = req.getHeader("User-Agent");
        if (user.isEmpty() || user.length() > 150 || password == null || password.isEmpty() || password.length() > 200) {
            return new Result(Status.FAILED, wrongCredentialsMessage, 401);
        }
        Verdict admitted = guard.admit(realm, user, address, agent);
        if (!admitted.allowed()) {
            return new Result(Status.REFUSED, admitted.message(), 429);
        }
        endCurrentSession(req);
        HttpSession before = req.getSession(true);
        String idBefore = before.getId();
        try {
            req.login(user, password);
        } catch (ServletException wrong) {
            Verdict next = guard.failed(realm, user, password, address, agent);
            String more = next.allowed() ? "" : " " + next.message();
            return new Result(Status.FAILED, wrongCredentialsMessage + more, 401);
        }
        HttpSession after = req.getSession(true);
        if (idBefore.equals(after.getId())) {
            req.changeSessionId();
        }
        guard.succeeded(realm, user, address, agent);
        return new Result(Status.SIGNED_IN, "", 303);
    }

    /** Signs out and invalidates the session; safe to call when nobody is signed in. */
    public static void endCurrentSession(HttpServletRequest req) {
        if (req.getUserPrincipal() != null) {
            try {
                req.logout();
            } catch (ServletException e) {
                // the session is invalidated below either way
            }
        }
        HttpSession s = req.getSession(false);
        if (s != null) {
            s.invalidate();
        }
    }

    /** The client address to log for {@code req}. */
    public static String address(HttpServletRequest req, SignInGuard guard) {
        return guard.clientAddress(req.getRemoteAddr(), req.getHeader("X-Forwarded-For"));
    }
}
