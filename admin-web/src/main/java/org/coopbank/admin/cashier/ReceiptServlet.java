package org.coopbank.admin.cashier;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.coopbank.admin.security.CurrentStaff;
import org.coopbank.document.DocumentService;
import org.coopbank.shared.BusinessException;

/** {@code GET /admin/cashier/receipt?entry=ID}: the counter receipt of a journal entry as PDF (cashier area). */
@WebServlet("/cashier/receipt")
public class ReceiptServlet extends HttpServlet {

    @Inject
    DocumentService documents;

    @Inject
    CurrentStaff current;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        long entry;
        try {
            entry = Long.parseLong(req.getParameter("entry"));
        } catch (NumberFormatException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try {
            documents.receipt(entry, current.actor()); // refuses before any byte is written
        } catch (BusinessException e) {
            resp.sendError("not-found".equals(e.code()) ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        resp.setContentType("application/pdf");
        resp.setHeader("Content-Disposition", "attachment; filename=\"receipt-" + entry + ".pdf\"");
        resp.setHeader("Cache-Control", "no-store");
        documents.writeReceipt(entry, resp.getOutputStream(), current.actor());
    }
}
