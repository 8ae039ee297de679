package org.coopbank.portal.statement;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.coopbank.portal.security.CurrentCustomer;
import org.coopbank.shared.Actor;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.ValidationFailedException;
import org.coopbank.statement.StatementService;
import org.coopbank.statement.StatementSummary;

/**
 * {@code GET /portal/statements/download?account=ID&from=yyyy-MM-dd&to=yyyy-MM-dd}: the signed-in customer's
 * statement as a PDF attachment, streamed. The customer is the security context's ({@link CurrentCustomer}), never a
 * parameter; another customer's account answers 404 like a missing one; bad input answers 400 with a plain message.
 * Every refusal comes before the first byte of the PDF.
 */
@WebServlet("/portal/statements/download")
public class StatementDownloadServlet extends HttpServlet {

    @Inject
    CurrentCustomer current;

    @Inject
    StatementService statements;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        long account;
        LocalDate from;
        LocalDate to;
        try {
            account = Long.parseLong(req.getParameter("account"));
            from = LocalDate.parse(String.valueOf(req.getParameter("from")));
            to = LocalDate.parse(String.valueOf(req.getParameter("to")));
        } catch (NumberFormatException | DateTimeParseException e) {
            badRequest(resp, "Choose an account and a period: from and to as dates (yyyy-mm-dd).");
            return;
        }
        Actor me = current.actor();
        StatementSummary s;
        try {
            s = statements.summary(me, account, from, to);
        } catch (NotFoundException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (ValidationFailedException e) {
            badRequest(resp, e.getMessage());
            return;
        }
        resp.setContentType("application/pdf");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + s.fileName() + "\"");
        resp.setHeader("Cache-Control", "no-store");
        statements.write(me, account, from, to, resp.getOutputStream());
    }

    /** 400 with a short plain-text page (not the generic error page): the customer is told what to fix. */
    private static void badRequest(HttpServletResponse resp, String message) throws IOException {
        resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        resp.setContentType("text/plain;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getWriter().write("The statement could not be made. " + message + "\n");
    }
}
