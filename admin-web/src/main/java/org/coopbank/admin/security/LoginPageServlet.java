package org.coopbank.admin.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

@WebServlet({"/login", "/login-error"})
public class LoginPageServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getUserPrincipal() != null) {
            resp.sendRedirect(req.getContextPath() + "/home");
            return;
        }
        boolean error = req.getServletPath().endsWith("login-error");
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getWriter().write("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Staff sign-in - Co-operative Bank</title>
                <link rel="stylesheet" href="/admin/admin.css"></head>
                <body><main class="card"><h1>Staff sign-in</h1>
                %s
                <form method="post" action="/admin/j_security_check">
                <label for="username">Username</label>
                <input id="username" name="j_username" autocomplete="username" required>
                <label for="password">Password</label>
                <input id="password" name="j_password" type="password" autocomplete="current-password" required>
                <button type="submit">Sign in</button>
                </form></main></body></html>
                """.formatted(error ? "<p class=\"error\" role=\"alert\">Username or password is not correct.</p>" : ""));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }
}
