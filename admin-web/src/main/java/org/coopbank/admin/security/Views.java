package org.coopbank.admin.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Servlets that must handle a plain POST themselves (sign-in, change of password) render their answer with a Facelets
 * view: the status and a message go in, the page comes from the same template texts as every other page.
 */
final class Views {

    /** Request attribute the views read ({@code #{requestScope.pageMessage}}). */
    static final String MESSAGE = "pageMessage";

    private Views() {
    }

    static void render(HttpServletRequest req, HttpServletResponse resp, int status, String view, String message)
            throws IOException {
        resp.setStatus(status);
        resp.setHeader("Cache-Control", "no-store");
        req.setAttribute(MESSAGE, message);
        try {
            req.getRequestDispatcher(view).forward(req, resp);
        } catch (ServletException e) {
            throw new IOException("Cannot render " + view, e);
        }
    }
}
