package org.coopbank.datagen;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Branches, staff users, customers and their savings/current accounts, set-based. */
final class People {

    /** The staff users of the demo bank (README "Demo logins"), created when absent so the intranet can be used. */
    private static final String[][] STAFF = {
            {"admin", "Asha Superadmin", "superadmin"}, {"manager", "Mohan Manager", "manager"},
            {"clerk", "Kiran Clerk", "clerk"}, {"cashier", "Sunil Cashier", "cashier"},
            {"accountant", "Anjali Accountant", "accountant"}};

    private final Sql sql;
    private final GenOptions o;
    List<Long> branchIds = new ArrayList<>();
    long customerBase;
    long accountBase;

    People(Sql sql, GenOptions o) {
        this.sql = sql;
        this.o = o;
    }

    void branches() throws SQLException {
        long existing = sql.number("SELECT COUNT(*) FROM branch WHERE active");
        if (existing < o.branches()) {
            long base = sql.idBase("branch", "branch_seq");
            long maxCode = sql.number("SELECT COALESCE(MAX(CASE WHEN code ~ '^[0-9]+$' THEN code::int END), 0) FROM branch");
            sql.step("branch", """
                    INSERT INTO branch (id, code, name, address, active, version)
                    SELECT %d + g, lpad((%d + g)::text, 3, '0'), (%s)[1 + (g - 1) %% %d], 'Branch building, ' || (%s)[1 + g %% %d], TRUE, 0
                    FROM generate_series(1, %d) g""".formatted(base, maxCode, Names.sqlArray(Names.BRANCHES),
                    Names.BRANCHES.size(), Names.sqlArray(Names.STREETS), Names.STREETS.size(), o.branches() - existing));
            sql.advanceIds("branch", "branch_seq");
        }
        try (ResultSet rs = sql.connection().createStatement()
                .executeQuery("SELECT id FROM branch WHERE active ORDER BY id LIMIT " + o.branches())) {
            while (rs.next()) {
                branchIds.add(rs.getLong(1));
            }
        }
    }

    void staff(String hash) throws SQLException {
        long id = sql.idBase("staff_user", "staff_user_seq");
        int made = 0;
        for (String[] s : STAFF) {
            if (sql.number("SELECT COUNT(*) FROM staff_user WHERE username = '" + s[0] + "'") > 0) {
                continue;
            }
            try (PreparedStatement ps = sql.connection().prepareStatement("""
                    INSERT INTO staff_user (id, username, full_name, email, password_hash, enabled, must_change_password,
                                            branch_id, created_at, version)
                    VALUES (?, ?, ?, ?, ?, TRUE, FALSE, ?, CURRENT_TIMESTAMP, 0)""")) {
                ps.setLong(1, id);
                ps.setString(2, s[0]);
                ps.setString(3, s[1]);
                ps.setString(4, s[0] + "@coopbank.example");
                ps.setString(5, hash);
                ps.setLong(6, branchIds.get(0));
                ps.executeUpdate();
            }
            sql.exec("INSERT INTO staff_user_role (staff_user_id, role_name) VALUES (" + id + ", '" + s[2] + "')");
            id++;
            made++;
        }
        sql.advanceIds("staff_user", "staff_user_seq");
        System.out.println("  staff users created (password " + o.staffPassword() + "): " + made);
    }

    void customers(String portalHash) throws SQLException {
        customerBase = sql.idBase("customer", "customer_seq");
        long serial = sql.serialBase("customer_number_seq");
        int f = Names.FIRST.size();
        int l = Names.LAST.size();
        String branches = branchIds.stream().map(String::valueOf).collect(Collectors.joining(",", "ARRAY[", "]::bigint[]"));
        sql.step("customer", """
                INSERT INTO customer (id, customer_number, branch_id, full_name, date_of_birth, mobile, email, address,
                       pan_number, aadhaar_last4, nominee_name, nominee_relation, status, login_mobile, password_hash,
                       blocked_reason, created_at, created_by, approved_at, approved_by, version)
                SELECT %1$d + n - 1, 'C' || lpad((%2$d + n)::text, 8, '0'), (%3$s)[1 + n %% %4$d], x.first || ' ' || x.last,
                       DATE '1950-01-01' + ((n * 7919) %% 20000)::int, x.mobile,
                       CASE WHEN n %% 3 = 0 THEN NULL ELSE lower(x.first) || '.' || lower(x.last) || n || '@example.in' END,
                       (1 + n %% 400) || ', ' || (%5$s)[1 + n %% %6$d] || ', ' || (%7$s)[1 + (n / 7) %% %8$d],
                       chr(65 + n %% 26) || chr(65 + (n / 26) %% 26) || chr(65 + (n / 676) %% 26) || 'P' || left(x.last, 1)
                           || lpad((n %% 10000)::text, 4, '0') || chr(65 + (n * 7) %% 26),
                       lpad(((n * 31) %% 10000)::text, 4, '0'),
                       CASE WHEN n %% 2 = 0 THEN (%9$s)[1 + (n + 3) %% %10$d] || ' ' || x.last END,
                       CASE WHEN n %% 2 = 0 THEN 'Spouse' END,
                       x.status, CASE WHEN x.status <> 'PENDING' THEN x.mobile END,
                       CASE WHEN x.status = 'ACTIVE' THEN ? END,
                       CASE WHEN x.status = 'BLOCKED' THEN 'KYC documents to be verified again' END,
                       x.created, 'staff:clerk',
                       CASE WHEN x.status <> 'PENDING' THEN x.created + INTERVAL '1 day' END,
                       CASE WHEN x.status <> 'PENDING' THEN 'staff:manager' END, 0
                FROM (SELECT n, (%9$s)[1 + n %% %10$d] AS first, (%11$s)[1 + (n / %10$d) %% %12$d] AS last,
                             (ARRAY['9','8','7','6'])[1 + n %% 4] || lpad(((n::bigint * 7919) %% 1000000000)::text, 9, '0') AS mobile,
                             CASE WHEN n %% 100 = 7 THEN 'PENDING' WHEN n %% 100 = 57 THEN 'BLOCKED' ELSE 'ACTIVE' END AS status,
                             ((DATE '%13$s' + (n::bigint * 398 / %14$d)::int) + TIME '11:00') AT TIME ZONE 'Asia/Kolkata' AS created
                      FROM generate_series(1, %14$d) n) x""".formatted(customerBase, serial, branches, branchIds.size(),
                Names.sqlArray(Names.STREETS), Names.STREETS.size(), Names.sqlArray(Names.TOWNS), Names.TOWNS.size(),
                Names.sqlArray(Names.FIRST), f, Names.sqlArray(Names.LAST), l, o.firstDay().minusDays(400), o.customers()),
                portalHash);
        sql.advanceSerial("customer_number_seq", serial + o.customers());
    }

    /** A savings account for every active or blocked customer, a current account for every fifth. */
    void accounts() throws SQLException {
        accountBase = sql.idBase("bank_account", "bank_account_seq");
        long serial = sql.serialBase("account_number_seq");
        sql.exec("""
                CREATE FUNCTION pg_temp.luhn(body text) RETURNS int LANGUAGE sql IMMUTABLE AS $$
                  SELECT ((10 - SUM(CASE WHEN (length(body) - i) % 2 = 0
                                         THEN CASE WHEN d * 2 > 9 THEN d * 2 - 9 ELSE d * 2 END ELSE d END) % 10) % 10)::int
                  FROM (SELECT i, substr(body, i, 1)::int AS d FROM generate_series(1, length(body)) i) x $$""");
        long rows = sql.step("bank_account", """
                INSERT INTO bank_account (id, account_number, customer_id, branch_id, account_type, status, balance,
                                          opened_on, closed_on, version)
                SELECT %1$d + s.rn - 1, x.body || pg_temp.luhn(x.body), s.id, s.branch_id, s.type, 'ACTIVE', 0, s.opened, NULL, 0
                FROM (SELECT c.id, c.branch_id, b.code, t.type, t.product,
                             row_number() OVER (ORDER BY c.id, t.type DESC) AS rn,
                             (c.created_at AT TIME ZONE 'Asia/Kolkata')::date + 1 AS opened
                      FROM customer c JOIN branch b ON b.id = c.branch_id
                      CROSS JOIN (VALUES ('SAVINGS', '10'), ('CURRENT', '20')) t(type, product)
                      WHERE c.id >= %1$d AND c.status IN ('ACTIVE', 'BLOCKED')
                        AND (t.type = 'SAVINGS' OR (c.id - %2$d) %% 5 = 0)) s
                CROSS JOIN LATERAL (SELECT s.code || s.product || lpad((%3$d + s.rn)::text, 6, '0') AS body) x"""
                .formatted(accountBase, customerBase, serial));
        sql.advanceSerial("account_number_seq", serial + rows);
        // the accounts the generator posts to, numbered from 0: current accounts first (the busiest are among them)
        sql.exec("""
                CREATE TEMP TABLE gen_acct AS
                SELECT (row_number() OVER (ORDER BY (a.account_type = 'CURRENT') DESC, a.id) - 1) AS idx, a.id,
                       a.account_type, a.branch_id, a.account_number, a.customer_id, c.status AS customer_status, b.code
                FROM bank_account a JOIN customer c ON c.id = a.customer_id JOIN branch b ON b.id = a.branch_id
                WHERE a.id >= %d""".formatted(accountBase));
        sql.exec("CREATE UNIQUE INDEX ON gen_acct (idx)");
        sql.exec("""
                CREATE TEMP TABLE gen_sav AS
                SELECT (row_number() OVER (ORDER BY id) - 1) AS sidx, * FROM gen_acct
                WHERE account_type = 'SAVINGS' AND customer_status = 'ACTIVE'""");
        sql.exec("CREATE UNIQUE INDEX ON gen_sav (sidx)");
        sql.exec("ANALYZE gen_acct");
        sql.exec("ANALYZE gen_sav");
    }
}
