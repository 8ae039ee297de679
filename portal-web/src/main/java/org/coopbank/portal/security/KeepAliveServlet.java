package org.coopbank.portal.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.coopbank.security.web.SameOrigin;

/**
 * "Stay signed in" of the idle warning: a POST from the portal's own page that touches the session (204). Behind the
 * portal's security constraint, so an ended session gets the sign-in page instead and the script sends the customer
 * there.
 */
@WebServlet("/portal/keepalive")
public class KeepAliveServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
        if (SameOrigin.isCrossSite(req)) {
            resp.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        req.getSession(false);
        resp.setHeader("Cache-Control", "no-store");
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
