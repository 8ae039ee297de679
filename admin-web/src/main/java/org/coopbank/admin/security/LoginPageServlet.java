package org.coopbank.admin.security;

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
 * The staff sign-in page and its POST handler: throttle first, then {@code request.login} against the staff realm
 * (see {@link FormSignIn}). The container's own {@code j_security_check} is blocked.
 */
@WebServlet({"/login", "/login-error"})
public class LoginPageServlet extends HttpServlet {

    static final String WRONG = "Username or password is not correct.";

    @Inject
    SignInGuard guard;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getUserPrincipal() != null) {
            resp.sendRedirect(req.getContextPath() + "/home");
            return;
        }
        page(req, resp, HttpServletResponse.SC_OK, req.getServletPath().endsWith("login-error") ? WRONG : null);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        FormSignIn.Result r = FormSignIn.signIn(req, guard, SignInRealm.STAFF, req.getParameter("username"),
                req.getParameter("password"), WRONG);
        if (r.status() == FormSignIn.Status.SIGNED_IN) {
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", req.getContextPath() + "/home");
            return;
        }
        page(req, resp, r.httpStatus(), r.message());
    }

    private static void page(HttpServletRequest req, HttpServletResponse resp, int status, String error)
            throws IOException {
        Views.render(req, resp, status, "/signin", error);
    }
}
