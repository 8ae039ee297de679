package org.coopbank.admin.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;
import org.coopbank.staff.StaffRole;
import org.coopbank.security.SignInGuard;
import org.coopbank.security.SignInRealm;
import org.coopbank.security.web.FormSignIn;
import org.coopbank.staff.StaffUser;

/** The intranet's landing page: who is signed in, with which roles; and sign-out. */
@WebServlet({"/home", "/logout"})
public class StaffHomeServlet extends HttpServlet {

    @Inject
    CurrentStaff current;

    @Inject
    SignInGuard guard;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        StaffUser me = current.get(); // LiveSessionFilter has checked it is enabled and holds the session's roles
        String roles = current.actor().roles().stream().map(StaffRole::roleName).sorted().collect(Collectors.joining(", "));
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getWriter().write("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Intranet - Co-operative Bank</title>
                <link rel="stylesheet" href="/admin/admin.css"></head>
                <body><main class="card"><h1>Welcome, %s</h1>
                <p>Signed in as <strong id="username">%s</strong> at branch %s. Roles: <span id="roles">%s</span>.</p>
                <form method="post" action="/admin/logout"><button type="submit">Sign out</button></form>
                </main></body></html>
                """.formatted(escape(me.fullName()), escape(me.username()), escape(me.branch().name()), roles));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getUserPrincipal() != null) {
            guard.signedOut(SignInRealm.STAFF, req.getUserPrincipal().getName(), FormSignIn.address(req, guard),
                    req.getHeader("User-Agent"));
        }
        FormSignIn.endCurrentSession(req);
        resp.sendRedirect(req.getContextPath() + "/login");
    }

    private static String escape(String s) {
        return Html.escape(s);
    }
}
