package org.coopbank.it.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What the list benchmark searches for, read from the generated bank: a common name, a mobile, a customer and an
 * account number, the busiest account and its customer, a typical customer, and the last business date with postings.
 */
record BenchKeys(String name, String mobile, String customerNumber, String accountNumber, long busyAccountId,
                 long busyCustomerId, long typicalCustomerId, LocalDate lastDay, long entryId, long customers,
                 long entries) {

    static BenchKeys read(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            long customers = number(st, "SELECT COUNT(*) FROM customer");
            if (customers < 100) {
                throw new IllegalStateException("The list benchmark needs a generated bank (README \"Data generator\"); "
                        + "this database has " + customers + " customers");
            }
            String mid = "SELECT id FROM customer ORDER BY id OFFSET " + customers / 2 + " LIMIT 1";
            long typical = number(st, mid);
            String mobile = text(st, "SELECT mobile FROM customer WHERE id = " + typical);
            String number = text(st, "SELECT customer_number FROM customer WHERE id = " + typical);
            String name = text(st, "SELECT split_part(full_name, ' ', 1) FROM customer WHERE id = " + typical);
            String account = text(st, "SELECT account_number FROM bank_account WHERE customer_id = " + typical
                    + " ORDER BY id LIMIT 1");
            long busy = number(st, """
                    SELECT account_id FROM (SELECT account_id, COUNT(*) AS n FROM account_transaction
                                            GROUP BY account_id ORDER BY n DESC LIMIT 1) x""");
            long busyCustomer = number(st, "SELECT customer_id FROM bank_account WHERE id = " + busy);
            LocalDate last = LocalDate.parse(text(st, "SELECT MAX(entry_date) FROM journal_entry"));
            long entries = number(st, "SELECT COUNT(*) FROM journal_entry");
            long entry = number(st, "SELECT MAX(id) FROM journal_entry WHERE event_type = 'TRANSFER'");
            return new BenchKeys(name, mobile, number, account, busy, busyCustomer, typical, last, entry, customers, entries);
        }
    }

    Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("mobile", mobile);
        m.put("customerNumber", customerNumber);
        m.put("accountNumber", accountNumber);
        m.put("busyAccountId", String.valueOf(busyAccountId));
        m.put("busyCustomerId", String.valueOf(busyCustomerId));
        m.put("typicalCustomerId", String.valueOf(typicalCustomerId));
        m.put("lastDay", lastDay.toString());
        m.put("entryId", String.valueOf(entryId));
        m.put("customers", String.valueOf(customers));
        m.put("entries", String.valueOf(entries));
        return m;
    }

    private static long number(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
