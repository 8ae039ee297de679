package org.coopbank.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The detail pages' URLs of the original design: {@code /portal/accounts/{id}} shows the view {@code /portal/account}
 * and {@code /portal/loans/{id}} the view {@code /portal/loan}, the id in the request attribute {@value #ID}. The id
 * is only a number here: whose it is, the self-service façade decides (someone else's is a 404).
 */
public class PortalRoutes extends HttpFilter {

    public static final String ID = "routeId";

    private static final Pattern DETAIL = Pattern.compile("/portal/(accounts|loans)/(\\d{1,18})/?");

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.equals("/portal") || path.equals("/portal/") || path.equals("/portal/home")) {
            resp.sendRedirect(req.getContextPath() + "/portal/dashboard");
            return;
        }
        Matcher m = DETAIL.matcher(path);
        if (m.matches()) {
            req.setAttribute(ID, Long.valueOf(m.group(2)));
            String view = m.group(1).equals("accounts") ? "/portal/account" : "/portal/loan";
            req.getRequestDispatcher(view).forward(req, resp);
            return;
        }
        if (path.startsWith("/portal/accounts/") || path.startsWith("/portal/loans/")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(req, resp);
    }
}
