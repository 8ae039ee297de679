package org.coopbank.datagen;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The application's ledger integrity check ({@code LedgerReports.check()} in portal-ejb), the same SQL run over
 * JDBC: every entry balances and has lines, each control account equals its subledger, each account's balance is
 * the sum of its transactions, each loan's outstanding principal is its schedule's, no negative balance, and the
 * trial balance sums to zero.
 */
final class BooksCheck {

    private final Sql sql;

    BooksCheck(Sql sql) {
        this.sql = sql;
    }

    List<String> problems() throws SQLException {
        List<String> problems = new ArrayList<>();
        long unbalanced = sql.number("""
                SELECT COUNT(*) FROM (SELECT journal_entry_id FROM journal_line GROUP BY journal_entry_id
                                      HAVING SUM(debit) <> SUM(credit) OR COUNT(*) < 2) x""");
        add(problems, unbalanced, "journal entries do not balance");
        add(problems, sql.number("""
                SELECT COUNT(*) FROM journal_entry e
                WHERE NOT EXISTS (SELECT 1 FROM journal_line l WHERE l.journal_entry_id = e.id)"""),
                "journal entries have no lines");
        Map<String, BigDecimal> gl = new HashMap<>();
        try (Statement st = sql.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT gl_code, SUM(debit) - SUM(credit) FROM journal_line GROUP BY gl_code")) {
            while (rs.next()) {
                gl.put(rs.getString(1), rs.getBigDecimal(2));
            }
        }
        control(problems, gl, "2000", true, "SELECT COALESCE(SUM(balance), 0) FROM bank_account WHERE account_type = 'SAVINGS'");
        control(problems, gl, "2010", true, "SELECT COALESCE(SUM(balance), 0) FROM bank_account WHERE account_type = 'CURRENT'");
        control(problems, gl, "1300", false,
                "SELECT COALESCE(SUM(outstanding_principal), 0) FROM loan WHERE status IN ('DISBURSED', 'CLOSED')");
        control(problems, gl, "1320", false, "SELECT COALESCE(SUM(penalty_due - penalty_paid), 0) FROM loan_installment");
        control(problems, gl, "2100", true, "SELECT COALESCE(SUM(principal), 0) FROM fixed_deposit WHERE status = 'ACTIVE'");
        add(problems, sql.number("""
                SELECT COUNT(*) FROM bank_account a
                LEFT JOIN (SELECT account_id, SUM(CASE WHEN direction = 'CREDIT' THEN amount ELSE -amount END) AS net
                           FROM account_transaction GROUP BY account_id) t ON t.account_id = a.id
                WHERE a.balance <> COALESCE(t.net, 0)"""), "accounts whose balance differs from the sum of their transactions");
        add(problems, sql.number("""
                SELECT COUNT(*) FROM loan n
                WHERE n.status = 'DISBURSED' AND n.outstanding_principal <>
                      (SELECT COALESCE(SUM(i.principal_due - i.principal_paid), 0) FROM loan_installment i WHERE i.loan_id = n.id)"""),
                "loans whose outstanding principal differs from their schedule");
        add(problems, sql.number("SELECT COUNT(*) FROM bank_account WHERE balance < 0"), "customer accounts have a negative balance");
        add(problems, sql.number("""
                SELECT COUNT(*) FROM account_transaction t
                WHERE t.balance_after < 0"""), "transactions leave a negative running balance");
        BigDecimal total = gl.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() != 0) {
            problems.add("trial balance is off by " + total);
        }
        for (String code : List.of("1000", "1200", "1300", "2000", "2010", "2100")) {
            System.out.printf("  GL %s debit-credit %s%n", code, gl.getOrDefault(code, BigDecimal.ZERO));
        }
        System.out.println("  trial balance total (debits - credits over all GL accounts): " + total);
        return problems;
    }

    private void control(List<String> problems, Map<String, BigDecimal> gl, String code, boolean creditNature, String sub)
            throws SQLException {
        BigDecimal dmc = gl.getOrDefault(code, BigDecimal.ZERO);
        BigDecimal balance = creditNature ? dmc.negate() : dmc;
        BigDecimal subledger = new BigDecimal(sql.text(sub));
        if (balance.compareTo(subledger) != 0) {
            problems.add("GL " + code + " is " + balance + " but its subledger sums to " + subledger);
        }
    }

    private static void add(List<String> problems, long count, String what) {
        if (count > 0) {
            problems.add(count + " " + what);
        }
    }
}
