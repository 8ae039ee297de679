package org.coopbank.it.bench;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import javax.sql.DataSource;
import org.coopbank.batch.operations.BatchOperations;
import org.coopbank.batch.operations.ExecutionRow;
import org.coopbank.it.TestData;
import org.coopbank.ledger.IntegrityReport;
import org.coopbank.ledger.LedgerReports;
import org.coopbank.nightly.NightlyJob;

/**
 * Test-only server side of {@link BatchBenchmarkIT} on a generated bank: what is due ({@code due}), one nightly job
 * run for a business date through {@link BatchOperations} as the operations screen starts it, timed until it ends
 * ({@code run}), the ceiling ({@code ceiling}: a raw JDBC batched UPDATE of the same rows, committed per chunk) and
 * the checks ({@code check}).
 */
@WebServlet("/bench/batch")
public class BatchBenchServlet extends HttpServlet {

    @EJB
    BatchOperations operations;

    @Inject
    LedgerReports reports;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource ds;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/plain");
        LocalDate date = LocalDate.parse(req.getParameter("date"));
        try {
            String answer = switch (req.getParameter("do")) {
                case "due" -> due(date);
                case "run" -> run(NightlyJob.byName(req.getParameter("job")), date,
                        Integer.parseInt(req.getParameter("chunk")), req.getParameter("shards"));
                case "ceiling" -> ceiling(req.getParameter("job"), date, Integer.parseInt(req.getParameter("chunk")));
                case "check" -> check(date);
                default -> throw new IllegalArgumentException("unknown action");
            };
            resp.getWriter().print(answer);
        } catch (SQLException | InterruptedException e) {
            throw new IOException(e);
        }
    }

    /** "fds loans": ACTIVE FDs matured by {@code date}, DISBURSED loans with an instalment unpaid past its due date. */
    private String due(LocalDate date) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return count(c, "SELECT COUNT(*) FROM fixed_deposit WHERE status = 'ACTIVE' AND maturity_date <= ?", date)
                    + " " + count(c, overdueLoans(), date);
        }
    }

    private static String overdueLoans() {
        return """
                SELECT COUNT(DISTINCT l.id) FROM loan l JOIN loan_installment i ON i.loan_id = l.id
                WHERE l.status = 'DISBURSED' AND i.due_date < ? AND i.status IN ('PENDING', 'PARTIALLY_PAID', 'OVERDUE')""";
    }

    /** Starts the job for the date and waits for it: "status read written skipped seconds". */
    private String run(NightlyJob job, LocalDate date, int chunk, String shards) throws InterruptedException {
        Properties p = new Properties();
        p.setProperty("chunkSize", String.valueOf(chunk));
        if (shards != null && !shards.isBlank()) {
            p.setProperty("shards", shards);
        }
        long start = System.nanoTime();
        long id = operations.start(job, date, p, TestData.ACCOUNTANT);
        ExecutionRow row = operations.execution(id, TestData.ACCOUNTANT);
        while (row.running()) {
            Thread.sleep(100);
            row = operations.execution(id, TestData.ACCOUNTANT);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%s %d %d %d %.3f", row.status(), row.read(), row.written(), row.skipped(),
                seconds);
    }

    /**
     * The ceiling: the same rows the job changed, one UPDATE each sent as a JDBC batch and committed per {@code chunk}
     * rows, on one connection (the job too runs on one thread). FDs: the row of each FD matured on the date; loans:
     * the row of each loan with an OVERDUE instalment. The UPDATE writes a column to its own value, so nothing changes
     * but the database does the whole write (row version, index, WAL, commit). "rows seconds".
     */
    private String ceiling(String job, LocalDate date, int chunk) throws SQLException {
        String select;
        String update;
        if (job.equals(NightlyJob.FD_MATURITY.jobName())) {
            select = "SELECT id FROM fixed_deposit WHERE maturity_date <= ? AND status <> 'ACTIVE' ORDER BY id";
            update = "UPDATE fixed_deposit SET status = status WHERE id = ?";
        } else {
            select = """
                    SELECT DISTINCT l.id FROM loan l JOIN loan_installment i ON i.loan_id = l.id
                    WHERE i.status = 'OVERDUE' AND i.due_date < ? ORDER BY l.id""";
            update = "UPDATE loan SET status = status WHERE id = ?";
        }
        List<Long> ids = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(select)) {
            ps.setDate(1, Date.valueOf(date));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        long start = System.nanoTime();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(update)) {
                int n = 0;
                for (long id : ids) {
                    ps.setLong(1, id);
                    ps.addBatch();
                    if (++n % chunk == 0) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
        }
        return String.format(Locale.ROOT, "%d %.3f", ids.size(), (System.nanoTime() - start) / 1e9);
    }

    /**
     * After both runs, one "name=value" per line: FDs matured by the date still ACTIVE; FD maturity entries posted
     * twice for one FD; idempotency rows per job for the date; loans charged penal interest twice for the date; the
     * ledger check and trial balance.
     */
    private String check(LocalDate date) throws SQLException {
        StringBuilder r = new StringBuilder();
        try (Connection c = ds.getConnection()) {
            r.append("fdsStillActive=").append(count(c,
                    "SELECT COUNT(*) FROM fixed_deposit WHERE status = 'ACTIVE' AND maturity_date <= ?", date)).append('\n');
            r.append("fdEntriesTwice=").append(count(c, """
                    SELECT COUNT(*) FROM (SELECT reference FROM journal_entry WHERE event_type = 'FD_MATURITY'
                    AND entry_date = ? GROUP BY reference HAVING COUNT(*) > 1) twice""", date)).append('\n');
            r.append("fdItemsDone=").append(count(c,
                    "SELECT COUNT(*) FROM batch_item_done WHERE job_name = 'fd-maturity' AND business_date = ?", date))
                    .append('\n');
            r.append("overdueItemsDone=").append(count(c,
                    "SELECT COUNT(*) FROM batch_item_done WHERE job_name = 'emi-overdue' AND business_date = ?", date))
                    .append('\n');
            r.append("penalEntriesTwice=").append(count(c, """
                    SELECT COUNT(*) FROM (SELECT reference FROM journal_entry WHERE event_type = 'PENAL_INTEREST'
                    AND entry_date = ? GROUP BY reference HAVING COUNT(*) > 1) twice""", date)).append('\n');
        }
        IntegrityReport report = reports.check();
        boolean trial = reports.trialBalance(date.plusYears(50)).balances();
        r.append("ledger=").append(report.isClean() && trial ? "sound" : "problems " + report.problems()).append('\n');
        return r.toString();
    }

    private static long count(Connection c, String sql, LocalDate date) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setDate(1, Date.valueOf(date));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
