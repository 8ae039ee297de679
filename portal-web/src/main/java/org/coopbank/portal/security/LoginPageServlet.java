package org.coopbank.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
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
            resp.sendRedirect(req.getContextPath() + "/portal/dashboard");
            return;
        }
        page(req, resp, HttpServletResponse.SC_OK, req.getServletPath().endsWith("login-error") ? WRONG : null);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        FormSignIn.Result r = FormSignIn.signIn(req, guard, SignInRealm.CUSTOMER, req.getParameter("username"),
                req.getParameter("password"), WRONG);
        if (r.status() == FormSignIn.Status.SIGNED_IN) {
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", req.getContextPath() + "/portal/dashboard");
            return;
        }
        page(req, resp, r.httpStatus(), r.message());
    }

    private static void page(HttpServletRequest req, HttpServletResponse resp, int status, String error)
            throws IOException {
        resp.setStatus(status);
        resp.setHeader("Cache-Control", "no-store");
        req.setAttribute("pageMessage", error);
        try {
            req.getRequestDispatcher("/portal/signin").forward(req, resp);
        } catch (ServletException e) {
            throw new IOException("Cannot render the sign-in page", e);
        }
    }
}
