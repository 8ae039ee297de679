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

@WebServlet("/portal/logout")
public class LogoutServlet extends HttpServlet {

    @Inject
    SignInGuard guard;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getUserPrincipal() != null) {
            guard.signedOut(SignInRealm.CUSTOMER, req.getUserPrincipal().getName(), FormSignIn.address(req, guard),
                    req.getHeader("User-Agent"));
        }
        FormSignIn.endCurrentSession(req);
        resp.sendRedirect(req.getContextPath() + "/portal/login?out=1");
    }
}
