package org.coopbank.it.bench;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The portal load benchmark's customers, read from the generated bank: {@code n} active customers with portal access,
 * spread evenly over the customer ids, each with the id of their account that has the most transactions (the history
 * page's account). The first lines say how large the bank is. Test deployment only.
 */
@WebServlet("/bench/portal/keys")
public class PortalLoadKeysServlet extends HttpServlet {

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource ds;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/plain");
        int n = Integer.parseInt(req.getParameter("n"));
        PrintWriter out = resp.getWriter();
        try (Connection c = ds.getConnection()) {
            long customers = count(c, "SELECT COUNT(*) FROM customer");
            long entries = count(c, "SELECT COUNT(*) FROM journal_entry");
            long txns = count(c, "SELECT COUNT(*) FROM account_transaction");
            out.println("customers=" + customers);
            out.println("journalEntries=" + entries);
            out.println("accountTransactions=" + txns);
            long maxId = count(c, "SELECT MAX(id) FROM customer");
            long step = Math.max(1, maxId / (n * 2L));
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT c.id, c.login_mobile,
                           (SELECT a.id FROM bank_account a
                             WHERE a.customer_id = c.id AND a.status = 'ACTIVE'
                             ORDER BY (SELECT COUNT(*) FROM account_transaction t WHERE t.account_id = a.id) DESC, a.id
                             FETCH FIRST 1 ROWS ONLY) AS account_id
                      FROM customer c
                     WHERE c.status = 'ACTIVE' AND c.password_hash IS NOT NULL AND c.login_mobile IS NOT NULL
                       AND MOD(c.id, ?) = 0
                     ORDER BY c.id
                     FETCH FIRST ? ROWS ONLY""")) {
                ps.setLong(1, step);
                ps.setInt(2, n);
                int found = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getObject(3) == null) {
                            continue;
                        }
                        out.println("user=" + rs.getLong(1) + " " + rs.getString(2) + " " + rs.getLong(3));
                        found++;
                    }
                }
                if (found < n) {
                    resp.setStatus(500);
                    out.println("only " + found + " portal customers found: the benchmark needs a generated bank "
                            + "(README \"Data generator\")");
                }
            }
        } catch (SQLException e) {
            resp.setStatus(500);
            out.println("keys failed: " + e);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
