package org.coopbank.portal.dashboard;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.coopbank.account.AccountService;
import org.coopbank.account.BankAccount;
import org.coopbank.customer.Customer;
import org.coopbank.portal.security.CurrentCustomer;

/**
 * The signed-in customer's accounts with balances, account numbers masked. The customer comes from the security
 * context (login mobile), never from the request.
 */
@WebServlet("/portal/home")
public class HomeServlet extends HttpServlet {

    @Inject
    CurrentCustomer current;

    @Inject
    AccountService accounts;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Customer me = current.get(); // LiveSessionFilter has already ended the session of a blocked customer
        StringBuilder rows = new StringBuilder();
        for (BankAccount a : accounts.forCustomer(me.id())) {
            rows.append("<tr><td>").append(a.type()).append(' ').append(a.maskedNumber())
                    .append("</td><td class=\"amount\">&#8377; ").append(a.balance()).append("</td></tr>");
        }
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getWriter().write("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Your accounts - Co-operative Bank</title><link rel="stylesheet" href="/portal.css"></head>
                <body><main class="card"><h1>Hello, %s</h1>
                <table aria-label="Your accounts"><tr><th>Account</th><th>Balance</th></tr>%s</table>
                <form method="post" action="/portal/logout"><button type="submit">Sign out</button></form>
                </main></body></html>
                """.formatted(escape(me.fullName()), rows));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
