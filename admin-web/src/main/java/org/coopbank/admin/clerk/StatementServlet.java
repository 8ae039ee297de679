package org.coopbank.admin.clerk;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.coopbank.admin.security.CurrentStaff;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.ValidationFailedException;
import org.coopbank.statement.StatementService;
import org.coopbank.statement.StatementSummary;

/**
 * {@code GET /admin/clerk/statement?account=ID[&from=yyyy-MM-dd&to=yyyy-MM-dd]}: any account's statement as PDF,
 * the same document the customer downloads (masked number, verification code), for the clerk to print or hand over.
 * Without dates: the last twelve months up to the business date.
 */
@WebServlet("/clerk/statement")
public class StatementServlet extends HttpServlet {

    @Inject
    StatementService statements;

    @Inject
    CurrentStaff current;

    @Inject
    BusinessClock clock;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        long account;
        LocalDate from;
        LocalDate to;
        try {
            account = Long.parseLong(req.getParameter("account"));
            to = req.getParameter("to") == null ? clock.today() : LocalDate.parse(req.getParameter("to"));
            from = req.getParameter("from") == null ? to.minusYears(1).plusDays(1) : LocalDate.parse(req.getParameter("from"));
        } catch (NumberFormatException | DateTimeParseException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        StatementSummary s;
        try {
            s = statements.summary(current.actor(), account, from, to);
        } catch (NotFoundException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (ValidationFailedException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        resp.setContentType("application/pdf");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + s.fileName() + "\"");
        resp.setHeader("Cache-Control", "no-store");
        statements.write(current.actor(), account, from, to, resp.getOutputStream());
    }
}
