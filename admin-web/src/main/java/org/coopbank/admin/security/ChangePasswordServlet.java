package org.coopbank.admin.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;
import org.coopbank.security.web.SameOrigin;
import org.coopbank.shared.ValidationFailedException;
import org.coopbank.staff.StaffService;

/** The signed-in staff user changes their own password; forced after a reset to a temporary one (LiveSessionFilter). */
@WebServlet(LiveSessionFilter.CHANGE_PASSWORD)
public class ChangePasswordServlet extends HttpServlet {

    @Inject
    StaffService staff;

    @Inject
    CurrentStaff current;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        page(req, resp, HttpServletResponse.SC_OK, current.get().mustChangePassword()
                ? "Your password is temporary: choose your own before you go on." : null);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (SameOrigin.isCrossSite(req)) {
            page(req, resp, HttpServletResponse.SC_FORBIDDEN, "This form was sent from another site and was refused.");
            return;
        }
        String currentPassword = req.getParameter("current");
        String next = req.getParameter("new");
        if (next == null || !next.equals(req.getParameter("confirm"))) {
            page(req, resp, HttpServletResponse.SC_BAD_REQUEST, "The new password and its confirmation differ.");
            return;
        }
        try {
            staff.changeOwnPassword(current.actor().name(), currentPassword == null ? "" : currentPassword, next);
        } catch (ValidationFailedException e) {
            page(req, resp, HttpServletResponse.SC_BAD_REQUEST, e.violations().stream()
                    .map(v -> label(v.getKey()) + " " + v.getValue()).collect(Collectors.joining("; ")) + ".");
            return;
        }
        req.changeSessionId();
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", req.getContextPath() + "/home");
    }

    private static String label(String field) {
        return "currentPassword".equals(field) ? "The current password" : "The new password";
    }

    private static void page(HttpServletRequest req, HttpServletResponse resp, int status, String message)
            throws IOException {
        Views.render(req, resp, status, "/password", message);
    }
}
