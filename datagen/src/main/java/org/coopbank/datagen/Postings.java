package org.coopbank.datagen;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The money: cash deposits, withdrawals and transfers, loan disbursements with their schedules, FDs opened online,
 * all staged in one temporary table of two-line journal entries ({@code gen_entry}) and then written as journal
 * entries, journal lines and customer account transactions in time order, with running balances.
 *
 * <p>Movements go to accounts by a hash of their number (not round-robin, which put every account's k-th movement in
 * the same weeks: whole weeks of deposits only), so every day has deposits, withdrawals and transfers.
 *
 * <p>Why the books come out right by construction: every staged entry has one debit and one credit of the same
 * amount; a deposit at an account's slot k (k even) is followed by at most one debit at slot k+1 of 60% of it, so no
 * balance ever goes below zero; each account's balance is then set to the sum of its transactions.
 */
final class Postings {

    private static final long SPAN_PER_DAY = 8 * 3600; // counter hours, 09:30 to 17:30

    private final Sql sql;
    private final GenOptions o;
    private long accounts;
    private long savings;

    Postings(Sql sql, GenOptions o) {
        this.sql = sql;
        this.o = o;
    }

    private static String deposit(String idx, String k) {
        return "(500 + ((" + idx + " * 31 + (" + k + ") * 17) % 200) * 250 + ((" + idx + " + (" + k + ")) % 100) / 100.0)";
    }

    private static String control(String type) {
        return "CASE " + type + " WHEN 'SAVINGS' THEN '2000' ELSE '2010' END";
    }

    void stage() throws SQLException {
        accounts = sql.number("SELECT COUNT(*) FROM gen_acct");
        savings = sql.number("SELECT COUNT(*) FROM gen_sav");
        long e = accounts == 0 ? 0 : o.transactions();
        long busy = Math.min(o.busyAccounts(), accounts);
        long t0 = System.nanoTime();
        sql.exec("""
                CREATE TEMP TABLE gen_move AS
                SELECT s.n, s.idx, a.id AS acct, a.account_type, a.branch_id, a.account_number,
                       row_number() OVER (PARTITION BY s.idx ORDER BY s.n) - 1 AS k
                FROM (SELECT n, CASE WHEN %1$d > 0 AND n %% 20 = 0 THEN (n / 20) %% GREATEST(%1$d, 1)
                                     ELSE (hashint8(n::bigint)::bigint + 2147483648) %% %2$d END AS idx
                      FROM generate_series(0, %3$d - 1) n) s
                JOIN gen_acct a ON a.idx = s.idx""".formatted(busy, Math.max(accounts, 1), e));
        Sql.report("staging: cash movements", e, System.nanoTime() - t0);
        String cash = """
                SELECT m.n::bigint AS key, x.d, x.at,
                  CASE q.kind WHEN 'D' THEN 'CASH_DEPOSIT' WHEN 'W' THEN 'CASH_WITHDRAWAL' ELSE 'TRANSFER' END AS event,
                  CASE q.kind WHEN 'D' THEN 'Cash deposit XXXX' || right(m.account_number, 4)
                              WHEN 'W' THEN 'Cash withdrawal XXXX' || right(m.account_number, 4)
                              ELSE 'Transfer XXXX' || right(m.account_number, 4) || ' to XXXX' || right(b.account_number, 4)
                  END AS narration,
                  CAST(NULL AS varchar) AS reference, m.branch_id AS branch, 'staff:cashier' AS posted_by,
                  CASE q.kind WHEN 'D' THEN '1000' ELSE %1$s END AS dr_gl, m.branch_id AS dr_branch,
                  CASE q.kind WHEN 'D' THEN %1$s WHEN 'W' THEN '1000' ELSE %2$s END AS cr_gl,
                  CASE q.kind WHEN 'T' THEN b.branch_id ELSE m.branch_id END AS cr_branch,
                  x.amount,
                  CASE WHEN q.kind <> 'D' THEN m.acct END AS dr_acct,
                  CASE q.kind WHEN 'W' THEN 'CASH_WITHDRAWAL' WHEN 'T' THEN 'TRANSFER_OUT' END AS dr_type,
                  CASE q.kind WHEN 'W' THEN 'Cash withdrawal' WHEN 'T' THEN 'Transfer to XXXX' || right(b.account_number, 4) END AS dr_text,
                  CASE q.kind WHEN 'D' THEN m.acct WHEN 'T' THEN b.id END AS cr_acct,
                  CASE q.kind WHEN 'D' THEN 'CASH_DEPOSIT' WHEN 'T' THEN 'TRANSFER_IN' END AS cr_type,
                  CASE q.kind WHEN 'D' THEN 'Cash deposit' WHEN 'T' THEN 'Transfer from XXXX' || right(m.account_number, 4) END AS cr_text
                FROM gen_move m
                CROSS JOIN LATERAL (SELECT CASE WHEN m.k %% 2 = 0 THEN 'D' WHEN m.n %% 5 < 3 OR %3$d < 2 THEN 'W' ELSE 'T' END AS kind,
                                           m.n::bigint * %4$d / GREATEST(%5$d, 1) AS t) q
                CROSS JOIN LATERAL (SELECT DATE '%6$s' + (q.t / %7$d)::int AS d) dd
                CROSS JOIN LATERAL (SELECT dd.d,
                       ((dd.d + TIME '09:30') + (q.t %% %7$d) * INTERVAL '1 second') AT TIME ZONE 'Asia/Kolkata' AS at,
                       CAST(CASE WHEN q.kind = 'D' THEN %8$s ELSE round(%9$s * 0.6, 2) END AS numeric(15,2)) AS amount) x
                LEFT JOIN gen_acct b ON q.kind = 'T' AND b.idx = (m.idx + 1 + m.n %% GREATEST(%3$d - 1, 1)) %% %3$d
                """.formatted(control("m.account_type"), control("b.account_type"), accounts,
                (long) o.days() * SPAN_PER_DAY, e, o.firstDay(), SPAN_PER_DAY, deposit("m.idx", "m.k"),
                deposit("m.idx", "m.k - 1"));
        String loans = loans(e);
        String fds = fds(e + o.loans());
        long jbase = sql.idBase("journal_entry", "journal_entry_seq");
        sql.step("staging: all journal entries", """
                CREATE TEMP TABLE gen_entry AS
                SELECT %d - 1 + row_number() OVER (ORDER BY u.d, u.at, u.key) AS eid, u.*
                FROM (%s UNION ALL %s UNION ALL %s) u""".formatted(jbase, cash, loans, fds));
        sql.exec("ANALYZE gen_entry");
    }

    /** Disbursed loans (some overdue, the rest not yet due) and loans waiting for approval. */
    private String loans(long firstKey) throws SQLException {
        long base = sql.idBase("loan", "loan_seq");
        long serial = sql.serialBase("loan_number_seq");
        long disbursed = savings == 0 ? 0 : o.loans();
        long applied = savings == 0 ? 0 : o.appliedLoans();
        long overdue = disbursed * o.overduePercent() / 100;
        List<String> tpl = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (int t = 0; t < Terms.LOANS.size(); t++) {
            Terms.LoanTemplate lt = Terms.LOANS.get(t);
            tpl.add("(%d, %s, %s, %d, '%s', %s)".formatted(t, lt.principal(), lt.rate(), lt.months(), lt.purpose(), Terms.emi(lt)));
            for (Terms.Line l : Terms.schedule(lt)) {
                lines.add("(%d, %d, %s, %s)".formatted(t, l.seqNo(), l.principal(), l.interest()));
            }
        }
        sql.exec("CREATE TEMP TABLE gen_loan_tpl (tpl int, principal numeric(15,2), rate numeric(7,4), months int, purpose varchar, emi numeric(15,2))");
        sql.exec("INSERT INTO gen_loan_tpl VALUES " + String.join(",", tpl));
        sql.exec("CREATE TEMP TABLE gen_loan_line (tpl int, seq_no int, principal numeric(15,2), interest numeric(15,2))");
        sql.exec("INSERT INTO gen_loan_line VALUES " + String.join(",", lines));
        sql.exec("""
                CREATE TEMP TABLE gen_loan AS
                SELECT j, %1$d + j AS id, 'LN' || s.code || lpad((%2$d + j + 1)::text, 7, '0') AS loan_number,
                       s.id AS acct, s.customer_id, s.branch_id, s.account_type, s.account_number, j %% 4 AS tpl,
                       CASE WHEN j >= %3$d THEN NULL
                            WHEN j < %4$d THEN (DATE '%5$s' - (1 + j %% 3) * INTERVAL '1 month')::date - (1 + (j %% 20)::int)
                            ELSE DATE '%5$s' - (1 + (j %% 25)::int) END AS disbursed_on
                FROM generate_series(0, %6$d - 1) j JOIN gen_sav s ON s.sidx = (j * 7) %% GREATEST(%7$d, 1)"""
                .formatted(base, serial, disbursed, overdue, o.asOf(), disbursed + applied, savings));
        sql.step("loan", """
                INSERT INTO loan (id, loan_number, customer_id, branch_id, account_id, principal, annual_rate, tenure_months,
                                  purpose, status, applied_on, applied_by, decided_on, decided_by, rejection_reason,
                                  disbursed_on, closed_on, emi_amount, outstanding_principal, version)
                SELECT l.id, l.loan_number, l.customer_id, l.branch_id, l.acct, t.principal, t.rate, t.months, t.purpose,
                       CASE WHEN l.disbursed_on IS NULL THEN 'APPLIED' ELSE 'DISBURSED' END,
                       COALESCE(l.disbursed_on - 3, DATE '%s' - (l.j %% 10)::int), 'staff:clerk',
                       l.disbursed_on - 1, CASE WHEN l.disbursed_on IS NOT NULL THEN 'staff:manager' END, NULL,
                       l.disbursed_on, NULL, CASE WHEN l.disbursed_on IS NOT NULL THEN t.emi END,
                       CASE WHEN l.disbursed_on IS NULL THEN 0 ELSE t.principal END, 0
                FROM gen_loan l JOIN gen_loan_tpl t ON t.tpl = l.tpl""".formatted(o.asOf()));
        long ibase = sql.idBase("loan_installment", "loan_installment_seq");
        sql.step("loan_installment", """
                INSERT INTO loan_installment (id, loan_id, seq_no, due_date, principal_due, interest_due, penalty_due,
                       principal_paid, interest_paid, penalty_paid, status, paid_on, penalty_accrued_to, version, penalty_basis)
                SELECT %d - 1 + row_number() OVER (ORDER BY l.id, s.seq_no), l.id, s.seq_no, x.due, s.principal, s.interest,
                       0, 0, 0, 0, CASE WHEN x.due < DATE '%s' THEN 'OVERDUE' ELSE 'PENDING' END, NULL, NULL, 0, 0
                FROM gen_loan l JOIN gen_loan_line s ON s.tpl = l.tpl
                CROSS JOIN LATERAL (SELECT (l.disbursed_on + s.seq_no * INTERVAL '1 month')::date AS due) x
                WHERE l.disbursed_on IS NOT NULL""".formatted(ibase, o.asOf()));
        sql.advanceSerial("loan_number_seq", serial + disbursed + applied);
        return """
                SELECT (%1$d + l.j)::bigint AS key, l.disbursed_on AS d, (l.disbursed_on + TIME '11:00') AT TIME ZONE 'Asia/Kolkata' AS at,
                       'LOAN_DISBURSEMENT', 'Loan ' || l.loan_number || ' disbursed to XXXX' || right(l.account_number, 4),
                       l.loan_number, l.branch_id, 'staff:manager', '1300', l.branch_id, %2$s, l.branch_id, t.principal,
                       NULL::bigint, NULL, NULL, l.acct, 'LOAN_DISBURSEMENT', 'Loan ' || l.loan_number || ' disbursed'
                FROM gen_loan l JOIN gen_loan_tpl t ON t.tpl = l.tpl WHERE l.disbursed_on IS NOT NULL"""
                .formatted(firstKey, control("l.account_type"));
    }

    /** FDs opened online (gateway clearing 1200 → FD deposits 2100), some maturing on the given date. */
    private String fds(long firstKey) throws SQLException {
        long base = sql.idBase("fixed_deposit", "fixed_deposit_seq");
        long serial = sql.serialBase("fd_number_seq");
        long count = savings == 0 ? 0 : o.fds();
        List<String> terms = new ArrayList<>();
        for (int p = 0; p < Terms.FD_PRINCIPALS.size(); p++) {
            for (int off = 0; off <= 60; off++) {
                LocalDate maturity = o.fdMaturityDate().plusDays(off);
                LocalDate opened = maturity.minusMonths(Terms.FD_MONTHS);
                if (opened.isAfter(o.asOf())) {
                    throw new IllegalArgumentException("gen.fd-maturity-date is more than 12 months after gen.as-of");
                }
                BigDecimal principal = Terms.FD_PRINCIPALS.get(p);
                terms.add("(%d, %d, %s, DATE '%s', DATE '%s', %s)".formatted(p, off, principal, opened, maturity,
                        Terms.fdMaturity(principal, Terms.FD_RATE, opened, maturity)));
            }
        }
        sql.exec("CREATE TEMP TABLE gen_fd_term (p int, off int, principal numeric(15,2), opened date, maturity date, amount numeric(15,2))");
        sql.exec("INSERT INTO gen_fd_term VALUES " + String.join(",", terms));
        sql.exec("""
                CREATE TEMP TABLE gen_fd AS
                SELECT j, %1$d + j AS id, 'FD' || s.code || lpad((%2$d + j + 1)::text, 7, '0') AS fd_number, s.id AS acct,
                       s.customer_id, s.branch_id, t.principal, t.opened, t.maturity, t.amount
                FROM generate_series(0, %3$d - 1) j
                JOIN gen_sav s ON s.sidx = (j * 11 + 3) %% GREATEST(%4$d, 1)
                JOIN gen_fd_term t ON t.p = j %% 5 AND t.off = CASE WHEN j < %5$d THEN 0 ELSE 1 + j %% 60 END"""
                .formatted(base, serial, count, savings, o.fdsMaturing()));
        sql.step("fixed_deposit", """
                INSERT INTO fixed_deposit (id, fd_number, customer_id, branch_id, linked_account_id, principal, annual_rate,
                       tenure_months, opened_on, maturity_date, maturity_amount, status, closed_on, interest_paid,
                       amount_paid, version)
                SELECT id, fd_number, customer_id, branch_id, acct, principal, %s, %d, opened, maturity, amount, 'ACTIVE',
                       NULL, NULL, NULL, 0
                FROM gen_fd""".formatted(Terms.FD_RATE, Terms.FD_MONTHS));
        sql.advanceSerial("fd_number_seq", serial + count);
        return """
                SELECT (%d + f.j)::bigint AS key, f.opened AS d, (f.opened + TIME '12:00') AT TIME ZONE 'Asia/Kolkata' AS at,
                       'FD_OPENING', 'FD ' || f.fd_number || ' opened online', f.fd_number, f.branch_id, 'staff:clerk',
                       '1200', f.branch_id, '2100', f.branch_id, f.principal,
                       NULL::bigint, NULL, NULL, NULL::bigint, NULL, NULL
                FROM gen_fd f""".formatted(firstKey);
    }

    /** Journal entries, their two lines each, the customer account transactions with running balances. */
    void write() throws SQLException {
        List<String> restore = new ArrayList<>();
        if (o.transactions() >= 100_000) {
            for (String table : List.of("account_transaction", "journal_line", "journal_entry")) {
                restore.addAll(sql.dropIndexesAndForeignKeys(table));
            }
        }
        long jbase = sql.number("SELECT COALESCE(MIN(eid), 0) FROM gen_entry");
        sql.step("journal_entry", """
                INSERT INTO journal_entry (id, entry_date, posted_at, event_type, narration, reference, branch_id, posted_by,
                                           reversal_of_id)
                SELECT eid, d, at, event, narration, reference, branch, posted_by, NULL FROM gen_entry ORDER BY eid""");
        long lbase = sql.idBase("journal_line", "journal_line_seq");
        sql.step("journal_line", """
                INSERT INTO journal_line (id, journal_entry_id, gl_code, branch_id, debit, credit)
                SELECT %d + (e.eid - %d) * 2 + s.side, e.eid,
                       CASE s.side WHEN 0 THEN e.dr_gl ELSE e.cr_gl END, CASE s.side WHEN 0 THEN e.dr_branch ELSE e.cr_branch END,
                       CASE s.side WHEN 0 THEN e.amount ELSE 0 END, CASE s.side WHEN 1 THEN e.amount ELSE 0 END
                FROM gen_entry e CROSS JOIN (VALUES (0), (1)) s(side) ORDER BY e.eid, s.side""".formatted(lbase, jbase));
        long tbase = sql.idBase("account_transaction", "account_transaction_seq");
        sql.step("account_transaction", """
                INSERT INTO account_transaction (id, account_id, journal_entry_id, txn_date, posted_at, txn_type, direction,
                                                 amount, balance_after, narration, reference)
                SELECT %d - 1 + row_number() OVER (ORDER BY s.eid, s.side), s.acct, s.eid, s.d, s.at, s.type, s.dir, s.amount,
                       SUM(CASE WHEN s.dir = 'CREDIT' THEN s.amount ELSE -s.amount END)
                           OVER (PARTITION BY s.acct ORDER BY s.eid, s.side ROWS UNBOUNDED PRECEDING),
                       s.text, s.reference
                FROM (SELECT eid, 0 AS side, dr_acct AS acct, d, at, dr_type AS type, 'DEBIT' AS dir, amount, dr_text AS text,
                             reference FROM gen_entry WHERE dr_acct IS NOT NULL
                      UNION ALL
                      SELECT eid, 1, cr_acct, d, at, cr_type, 'CREDIT', amount, cr_text, reference
                      FROM gen_entry WHERE cr_acct IS NOT NULL) s
                ORDER BY 1""".formatted(tbase));
        sql.step("bank_account balances", """
                UPDATE bank_account a SET balance = s.net
                FROM (SELECT account_id, SUM(CASE WHEN direction = 'CREDIT' THEN amount ELSE -amount END) AS net
                      FROM account_transaction WHERE account_id IN (SELECT id FROM gen_acct) GROUP BY account_id) s
                WHERE a.id = s.account_id""");
        sql.restore("indexes and foreign keys rebuilt", restore);
    }
}
