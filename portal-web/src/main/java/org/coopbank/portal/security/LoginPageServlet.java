package org.coopbank.portal.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The FORM login page (mobile number and password); the container checks them against the customer realm. */
@WebServlet({"/portal/login", "/portal/login-error"})
public class LoginPageServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getUserPrincipal() != null) {
            resp.sendRedirect(req.getContextPath() + "/portal/home");
            return;
        }
        boolean error = req.getServletPath().endsWith("login-error");
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getWriter().write("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Sign in - Co-operative Bank</title><link rel="stylesheet" href="/portal.css"></head>
                <body><main class="card"><h1>Sign in to your bank</h1>
                %s
                <form method="post" action="/j_security_check">
                <label for="mobile">Mobile number</label>
                <input id="mobile" name="j_username" inputmode="numeric" autocomplete="username" maxlength="10" required>
                <label for="password">Password</label>
                <input id="password" name="j_password" type="password" autocomplete="current-password" required>
                <button type="submit">Sign in</button>
                </form></main></body></html>
                """.formatted(error ? "<p class=\"error\" role=\"alert\">Mobile number or password is not correct.</p>" : ""));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }
}
