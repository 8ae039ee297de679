package org.coopbank.it.bench;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.coopbank.account.AccountService;
import org.coopbank.account.AccountType;
import org.coopbank.account.BankAccount;
import org.coopbank.customer.Customer;
import org.coopbank.it.TestData;
import org.coopbank.ledger.IntegrityReport;
import org.coopbank.ledger.LedgerReports;
import org.coopbank.payment.Checkout;
import org.coopbank.payment.PaymentGateways;
import org.coopbank.payment.PaymentService;
import org.coopbank.payment.SimulatedGateway;
import org.coopbank.shared.Actor;

/**
 * Test-only server side of {@link WebhookBenchmarkIT}: {@code setup} opens the payments (online deposits through
 * {@link PaymentService}, each with its gateway order) and answers one signed {@code payment.captured} webhook per
 * payment (a line each); {@code progress} counts them applied; {@code verify} checks each was applied exactly once and
 * the books; {@code ceiling} measures the raw insert+commit rate of one row on the same datasource.
 */
@WebServlet("/bench/webhooks")
public class WebhookBenchServlet extends HttpServlet {

    @Inject
    TestData data;

    @Inject
    AccountService accounts;

    @Inject
    PaymentService payments;

    @Inject
    PaymentGateways gateways;

    @Inject
    LedgerReports reports;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource ds;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/plain");
        PrintWriter out = resp.getWriter();
        try {
            switch (req.getParameter("do")) {
                case "setup" -> setup(Integer.parseInt(req.getParameter("payments")),
                        Integer.parseInt(req.getParameter("accounts")), out);
                case "progress" -> out.print(progress(Long.parseLong(req.getParameter("from")),
                        Long.parseLong(req.getParameter("to")), Long.parseLong(req.getParameter("events"))));
                case "verify" -> out.print(verify(Long.parseLong(req.getParameter("from")),
                        Long.parseLong(req.getParameter("to")), Long.parseLong(req.getParameter("events")),
                        req.getParameter("accounts")));
                case "ceiling" -> out.print(ceiling(Integer.parseInt(req.getParameter("rows")),
                        Integer.parseInt(req.getParameter("threads"))));
                default -> throw new IllegalArgumentException("unknown action");
            }
        } catch (SQLException | InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IOException(e);
        }
    }

    /**
     * {@code accounts} customers with a savings account each; {@code payments} online deposits spread over them (1.00
     * to 999.99 rupees). First lines: "accounts id,id,...", "events N" (the highest webhook event id so far); then one line
     * per payment: payment id, event id, signature and the body in base64, separated by spaces.
     */
    private void setup(int n, int accountCount, PrintWriter out) throws SQLException {
        SimulatedGateway gateway = gateways.simulated()
                .orElseThrow(() -> new IllegalStateException("the test server runs the simulated gateway"));
        List<long[]> owners = new ArrayList<>();
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < accountCount; i++) {
            Customer c = data.approvedCustomer("Webhook Bench " + i);
            BankAccount a = accounts.open(c.id(), AccountType.SAVINGS, TestData.CLERK);
            owners.add(new long[] {c.id(), a.id()});
            ids.append(i == 0 ? "" : ",").append(a.id());
        }
        out.println("accounts " + ids);
        try (Connection c = ds.getConnection()) {
            out.println("events " + count(c, "SELECT COALESCE(MAX(id), 0) FROM webhook_event"));
        }
        for (int i = 0; i < n; i++) {
            long[] owner = owners.get(i % owners.size());
            BigDecimal amount = BigDecimal.valueOf(100 + (i * 7919L) % 99_900, 2);
            Checkout c = payments.deposit(Actor.customer("bench", owner[0]), owner[1], amount);
            SimulatedGateway.SignedWebhook w = gateway.webhook("payment.captured", c.orderId(), gateway.newPaymentId(),
                    c.amountPaise(), c.currency());
            out.println(c.paymentId() + " " + w.eventId() + " " + w.signature() + " "
                    + Base64.getEncoder().encodeToString(w.body().getBytes(StandardCharsets.UTF_8)));
        }
    }

    /**
     * "paid pending": payments of the range PAID, and webhook events stored after event id {@code since} but not
     * applied yet.
     */
    private String progress(long from, long to, long since) throws SQLException {
        try (Connection c = ds.getConnection()) {
            long paid = count(c, "SELECT COUNT(*) FROM payment WHERE id BETWEEN ? AND ? AND status = 'PAID'", from, to);
            long pending = count(c, "SELECT COUNT(*) FROM webhook_event WHERE outcome IS NULL AND id > ?", since);
            return paid + " " + pending;
        }
    }

    /**
     * The exactly-once check, one "name=value" per line: payments by status; journal entries per payment (each
     * gateway payment id posted exactly once); deposits booked on the bench accounts and their sum against the sum of
     * the payments and the accounts' balances; stored webhook events; the ledger check and trial balance.
     */
    private String verify(long from, long to, long since, String accountIds) throws SQLException {
        StringBuilder r = new StringBuilder();
        try (Connection c = ds.getConnection()) {
            r.append("payments=").append(count(c, "SELECT COUNT(*) FROM payment WHERE id BETWEEN ? AND ?", from, to))
                    .append('\n');
            r.append("paid=").append(count(c,
                    "SELECT COUNT(*) FROM payment WHERE id BETWEEN ? AND ? AND status = 'PAID'", from, to)).append('\n');
            r.append("postedEntries=").append(count(c, """
                    SELECT COUNT(*) FROM journal_entry j JOIN payment p ON j.reference = p.gateway_payment_id
                    WHERE p.id BETWEEN ? AND ?""", from, to)).append('\n');
            r.append("paymentsPostedTwice=").append(count(c, """
                    SELECT COUNT(*) FROM (SELECT j.reference FROM journal_entry j JOIN payment p
                    ON j.reference = p.gateway_payment_id WHERE p.id BETWEEN ? AND ?
                    GROUP BY j.reference HAVING COUNT(*) > 1) twice""", from, to)).append('\n');
            r.append("paymentsWithoutEntry=").append(count(c, """
                    SELECT COUNT(*) FROM payment p WHERE p.id BETWEEN ? AND ? AND (p.journal_entry_id IS NULL
                    OR NOT EXISTS (SELECT 1 FROM journal_entry j WHERE j.id = p.journal_entry_id))""", from, to))
                    .append('\n');
            String in = "(" + accountIds.replaceAll("[^0-9,]", "") + ")";
            r.append("accountDeposits=").append(count(c,
                    "SELECT COUNT(*) FROM account_transaction WHERE account_id IN " + in)).append('\n');
            r.append("paymentsTotal=").append(decimal(c,
                    "SELECT COALESCE(SUM(amount), 0) FROM payment WHERE id BETWEEN ? AND ?", from, to)).append('\n');
            r.append("depositsTotal=").append(decimal(c,
                    "SELECT COALESCE(SUM(amount), 0) FROM account_transaction WHERE account_id IN " + in)).append('\n');
            r.append("balancesTotal=").append(decimal(c,
                    "SELECT COALESCE(SUM(balance), 0) FROM bank_account WHERE id IN " + in)).append('\n');
            r.append("webhookEvents=").append(count(c, "SELECT COUNT(*) FROM webhook_event WHERE id > ?", since))
                    .append('\n');
        }
        IntegrityReport report = reports.check();
        boolean trial = reports.trialBalance(LocalDate.now().plusYears(50)).balances();
        r.append("ledger=").append(report.isClean() && trial ? "sound" : "problems " + report.problems()).append('\n');
        return r.toString();
    }

    /**
     * The ceiling: {@code rows} single-row INSERTs, each committed on its own, from {@code threads} threads on the
     * application's datasource, into a scratch table shaped like {@code webhook_event} (unique event id, a body of the
     * same size). Answers "rows seconds".
     */
    private String ceiling(int rows, int threads) throws SQLException, InterruptedException,
            java.util.concurrent.ExecutionException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_insert_ceiling");
            s.execute("""
                    CREATE TABLE bench_insert_ceiling (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                    event_id VARCHAR(100) NOT NULL UNIQUE, body VARCHAR(20000) NOT NULL)""");
        }
        String body = "x".repeat(700);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    try (Connection c = ds.getConnection()) {
                        c.setAutoCommit(false);
                        try (PreparedStatement ps = c.prepareStatement(
                                "INSERT INTO bench_insert_ceiling (event_id, body) VALUES (?, ?)")) {
                            for (int i = next.getAndIncrement(); i < rows; i = next.getAndIncrement()) {
                                ps.setString(1, "evt_ceiling_" + i);
                                ps.setString(2, body);
                                ps.executeUpdate();
                                c.commit();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE bench_insert_ceiling");
        }
        return String.format(Locale.ROOT, "%d %.3f", rows, seconds);
    }

    private static long count(Connection c, String sql, long... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setLong(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static BigDecimal decimal(Connection c, String sql, long... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setLong(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1).setScale(2, java.math.RoundingMode.UNNECESSARY);
            }
        }
    }
}
