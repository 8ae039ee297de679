package org.coopbank.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.coopbank.security.SignInGuard;
import org.coopbank.security.SignInRealm;
import org.coopbank.security.web.FormSignIn;

/**
 * The sign-in page (mobile number and password) and its POST handler: throttle first, then {@code request.login}
 * against the customer realm (see {@link FormSignIn}). The container's own {@code j_security_check} is blocked.
 */
@WebServlet({"/portal/login", "/portal/login-error"})
public class LoginPageServlet extends HttpServlet {

    static final String WRONG = "Mobile number or password is not correct.";

    @Inject
    SignInGuard guard;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getUserPrincipal() != null) {
            resp.sendRedirect(req.getContextPath() + "/portal/home");
            return;
        }
        page(resp, HttpServletResponse.SC_OK, req.getServletPath().endsWith("login-error") ? WRONG : null);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        FormSignIn.Result r = FormSignIn.signIn(req, guard, SignInRealm.CUSTOMER, req.getParameter("username"),
                req.getParameter("password"), WRONG);
        if (r.status() == FormSignIn.Status.SIGNED_IN) {
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", req.getContextPath() + "/portal/home");
            return;
        }
        page(resp, r.httpStatus(), r.message());
    }

    private static void page(HttpServletResponse resp, int status, String error) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getWriter().write("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Sign in - Co-operative Bank</title><link rel="stylesheet" href="/portal.css"></head>
                <body><main class="card"><h1>Sign in to your bank</h1>
                %s
                <form method="post" action="/portal/login" id="login-form">
                <label for="mobile">Mobile number</label>
                <input id="mobile" name="username" inputmode="numeric" autocomplete="username" maxlength="10" required>
                <label for="password">Password</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required>
                <button type="submit">Sign in</button>
                </form></main></body></html>
                """.formatted(error == null ? "" : "<p class=\"error\" role=\"alert\">" + escape(error) + "</p>"));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
