package org.coopbank.it.payment;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.coopbank.branch.BranchService;
import org.coopbank.settings.SettingsService;
import org.coopbank.staff.StaffRole;
import org.coopbank.staff.StaffService;
import java.math.BigDecimal;
import org.coopbank.account.AccountService;
import org.coopbank.account.AccountType;
import org.coopbank.account.BankAccount;
import org.coopbank.customer.Customer;
import org.coopbank.customer.CustomerService;
import org.coopbank.deposit.DepositService;
import org.coopbank.it.TestData;
import org.coopbank.ledger.IntegrityReport;
import org.coopbank.ledger.LedgerReports;
import org.coopbank.loan.Loan;
import org.coopbank.loan.LoanService;
import org.coopbank.notification.NotificationService;
import org.coopbank.payment.GatewayPayment;
import org.coopbank.payment.MyPayment;
import org.coopbank.payment.PaymentReconciler;
import org.coopbank.payment.PaymentGateways;
import org.coopbank.payment.PaymentService;
import org.coopbank.payment.SimulatedGateway;
import org.coopbank.payment.WebhookInbox;
import org.coopbank.payment.GatewaySettlementReport;
import org.coopbank.payment.PaymentReconciliation;
import org.coopbank.payment.SettlementImport;
import org.coopbank.payment.SettlementImportResult;
import org.coopbank.shared.Actor;

/**
 * Test-only (lives in the test WAR): customers with an account and a running loan, the simulated gateway's signed
 * webhooks and checkout signatures, and what the tests read back (payment status, repayments, webhook outcomes, the
 * ledger check). {@code POST ?do=ACTION&...}; answers plain text (JSON for {@code webhook}).
 */
@WebServlet("/fixtures/payment")
public class PaymentFixtureServlet extends HttpServlet {

    public static final String PASSWORD = "Pay!pass2026";

    @Inject
    org.coopbank.payment.RefundReconciler refundReconciler;

    @Inject
    TestData data;

    @Inject
    CustomerService customers;

    @Inject
    AccountService accounts;

    @Inject
    LoanService loans;

    @Inject
    DepositService deposits;

    @Inject
    PaymentService payments;

    @Inject
    PaymentGateways gateways;

    @Inject
    WebhookInbox inbox;

    @Inject
    PaymentReconciler reconciler;

    @Inject
    LedgerReports reports;

    @Inject
    SettlementImport settlementImport;

    @Inject
    PaymentReconciliation reconciliation;

    @Inject
    NotificationService notifications;

    @Inject
    org.coopbank.payment.PaymentRefunds refunds;

    @Inject
    StaffService staff;

    @Inject
    BranchService branches;

    @Inject
    SettingsService settings;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource portalDs;

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "java:/jms/queue/WebhookDLQ")
    Queue dlq;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    javax.sql.DataSource ds;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String answer = switch (req.getParameter("do")) {
            // "mobile customerId accountId loanId accountNumber"
            case "customer" -> customer();
            case "webhook" -> webhook(req);
            case "checkout-signature" -> simulated().checkoutSignature(req.getParameter("order"), req.getParameter("payment"));
            case "new-payment-id" -> simulated().newPaymentId();
            // an attempt the gateway knows for the order, which our server never heard of (a browser closed after paying)
            case "gateway-attempt" -> {
                simulated().recordAttempt(new GatewayPayment(req.getParameter("payment"), req.getParameter("order"),
                        req.getParameter("status"), Long.parseLong(req.getParameter("paise")), "INR"));
                yield "recorded";
            }
            // a staff user with the roles (comma-separated) and PASSWORD
            case "staff" -> {
                String username = "recon" + System.nanoTime() % 1_000_000_000L;
                staff.create(new StaffService.NewStaff(username, "Reconciliation Tester", null, branches.headOffice().id(),
                        java.util.Arrays.stream(req.getParameter("roles").split(","))
                                .map(r -> StaffRole.fromRoleName(r.trim())).collect(java.util.stream.Collectors.toSet()),
                        PASSWORD), TestData.SUPERADMIN);
                yield username;
            }
            case "setting" -> {
                settings.change(req.getParameter("key"), req.getParameter("value"), TestData.SUPERADMIN);
                yield "changed";
            }
            // a correctly signed event, stored, whose message sits in WebhookDLQ as if the database had been unreachable
            // for its three deliveries; answers the event id
            case "dead-letter" -> deadLetter(req);
            // the same event stored but its message never sent (the server died between the commit and the send)
            case "stored-unqueued" -> deadLetter(req);
            // the outbox's sweeper now, whatever the events' age: how many it queued again
            case "requeue" -> String.valueOf(inbox.requeueStale(java.time.Duration.ZERO, 1000));
            // "GL D|C amount" per line of the settlement entries with this reference, then the number of entries
            case "settlement-entries" -> settlementEntries(req.getParameter("reference"));
            case "reconcile" -> reconciler.reconcile(Long.parseLong(req.getParameter("id"))).name();
            // "looked settled failed waiting errors" over every payment still INITIATED, however young
            case "sweep" -> {
                PaymentReconciler.Sweep s = reconciler.sweep(java.time.Duration.ZERO);
                yield s.looked() + " " + s.settled() + " " + s.failed() + " " + s.waiting() + " " + s.errors();
            }
            case "sign" -> simulated().sign(req.getParameter("body"));
            // whether the event's message sits in the dead-letter queue
            case "dead-lettered" -> String.valueOf(deadLettered(inbox.find(req.getParameter("id")).orElseThrow().id()));
            // "STATUS gatewayPaymentId-or-null"
            case "payment" -> {
                MyPayment p = payments.one(customer(req), Long.parseLong(req.getParameter("id")));
                yield p.status() + " " + p.gatewayPaymentId();
            }
            // the outcome of a webhook event: NONE (not stored), PENDING (stored, not applied yet) or the outcome
            case "event" -> inbox.find(req.getParameter("id"))
                    .map(e -> e.outcome() == null ? "PENDING" : e.outcome().name()).orElse("NONE");
            case "repayments" -> String.valueOf(loans.repayments(Long.parseLong(req.getParameter("loan"))).size());
            case "balance" -> accounts.get(Long.parseLong(req.getParameter("account"))).balance().toString();
            // "STATUS principal" of each of the customer's FDs, oldest first
            case "fd-statuses" -> deposits.forCustomer(Long.parseLong(req.getParameter("customer"))).stream()
                    .map(f -> f.status() + " " + f.principal()).collect(java.util.stream.Collectors.joining(","));
            case "fds" -> String.valueOf(deposits.forCustomer(Long.parseLong(req.getParameter("customer"))).size());
            // the text of the SMS sent to the mobile about the payment (the outbox row), or "" while there is none
            case "payment-sms" -> outboxSms(req.getParameter("mobile"), "(payment " + req.getParameter("payment") + ")");
            case "alerts" -> String.valueOf(notifications.forCustomer(Long.parseLong(req.getParameter("customer")), 100)
                    .stream().filter(n -> n.subject().startsWith("Payment")).count());
            case "books" -> {
                IntegrityReport r = reports.check();
                yield r.isClean() && reports.trialBalance(java.time.LocalDate.now().plusYears(50)).balances()
                        ? "sound" : "problems: " + r.problems();
            }
            // the payment's capture moved to noon (Asia/Kolkata) of a past day, so the simulated gateway settles it then
            case "backdate" -> {
                java.time.Instant at = java.time.LocalDate.parse(req.getParameter("day")).atTime(12, 0)
                        .atZone(org.coopbank.shared.BusinessClock.ZONE).toInstant();
                yield String.valueOf(sql("UPDATE payment SET settled_at = ? WHERE id = ? AND status = 'PAID'",
                        at.atOffset(java.time.ZoneOffset.UTC), Long.parseLong(req.getParameter("id"))));
            }
            // imports the settlement report for the days, as ROLE (default accountant); one line per settlement:
            // "id OUTCOME gross charges net", or "refused: CODE"
            case "import-settlements" -> {
                Actor as = "clerk".equals(req.getParameter("as")) ? TestData.CLERK
                        : "system".equals(req.getParameter("as")) ? TestData.SYSTEM : TestData.ACCOUNTANT;
                try {
                    SettlementImportResult r = settlementImport.importSettlements(
                            java.time.LocalDate.parse(req.getParameter("from")), java.time.LocalDate.parse(req.getParameter("to")), as);
                    yield r.lines().stream().map(l -> l.settlementId() + " " + l.outcome() + " " + l.gross() + " "
                            + l.charges() + " " + l.net()).collect(java.util.stream.Collectors.joining("\n"));
                } catch (org.coopbank.shared.BusinessException e) {
                    yield "refused: " + e.code();
                }
            }
            // a settlement the simulated gateway's report will carry as given (paise), made at 09:00 of the day
            case "report-settlement" -> {
                simulated().reportSettlement(new GatewaySettlementReport(req.getParameter("id"),
                        GatewaySettlementReport.rupees(Long.parseLong(req.getParameter("gross"))),
                        GatewaySettlementReport.rupees(Long.parseLong(req.getParameter("fees"))),
                        GatewaySettlementReport.rupees(Long.parseLong(req.getParameter("tax"))),
                        GatewaySettlementReport.rupees(Long.parseLong(req.getParameter("net"))), req.getParameter("utr"),
                        req.getParameter("status") == null ? "processed" : req.getParameter("status"),
                        java.time.LocalDate.parse(req.getParameter("day")).atTime(9, 0)
                                .atZone(org.coopbank.shared.BusinessClock.ZONE).toInstant()));
                yield "reported";
            }
            // the accountant records a settlement by hand: "recorded ENTRY" or "refused: CODE"
            case "record-settlement" -> {
                try {
                    yield "recorded " + reconciliation.recordSettlement(new BigDecimal(req.getParameter("amount")),
                            req.getParameter("reference"), TestData.ACCOUNTANT).journalEntryId();
                } catch (org.coopbank.shared.BusinessException e) {
                    yield "refused: " + e.code();
                }
            }
            // a GL account's balance, debits minus credits
            case "gl-balance" -> glBalance(req.getParameter("code"));
            // how many flags the settlement id has
            case "settlement-flags" -> String.valueOf(count(
                    "SELECT COUNT(*) FROM gateway_settlement_flag WHERE settlement_id = ?", req.getParameter("id")));
            // the accountant (or ROLE) refunds: "STATUS refundId gatewayRefundId", or "refused: CODE"
            case "refund" -> {
                Actor as = "clerk".equals(req.getParameter("as")) ? TestData.CLERK : TestData.ACCOUNTANT;
                try {
                    org.coopbank.payment.PaymentRefund r = refunds.refund(Long.parseLong(req.getParameter("id")),
                            new BigDecimal(req.getParameter("amount")), req.getParameter("reason"), as);
                    yield r.status() + " " + r.id() + " " + r.gatewayRefundId();
                } catch (org.coopbank.shared.BusinessException e) {
                    yield "refused: " + e.code();
                }
            }
            // the refund reconciler now, whatever the refunds' age: "looked processed failed waiting errors"
            case "refund-sweep" -> {
                org.coopbank.payment.RefundReconciler.Sweep s = refundReconciler.sweep(java.time.Duration.ZERO);
                yield s.looked() + " " + s.processed() + " " + s.failed() + " " + s.waiting() + " " + s.errors();
            }
            case "refund-retry" -> {
                org.coopbank.payment.PaymentRefund r = refunds.retry(Long.parseLong(req.getParameter("id")), TestData.ACCOUNTANT);
                yield r.status() + " " + r.id() + " " + r.gatewayRefundId();
            }
            // the simulated gateway refuses (true) or accepts (false) refund calls, as if it were down
            case "refuse-refunds" -> {
                simulated().refuseRefunds(Boolean.parseBoolean(req.getParameter("refuse")));
                yield "ok";
            }
            // a signed refund.processed / refund.failed; "ours" empty: a refund made on the gateway's dashboard
            case "refund-webhook" -> {
                String ours = req.getParameter("ours");
                SimulatedGateway.SignedWebhook w = simulated().refundWebhook(req.getParameter("event"),
                        req.getParameter("refund"), req.getParameter("payment"), Long.parseLong(req.getParameter("paise")),
                        "INR", ours == null || ours.isEmpty() ? null : Long.valueOf(ours));
                yield Json.createObjectBuilder().add("eventId", w.eventId()).add("body", w.body())
                        .add("signature", w.signature()).build().toString();
            }
            // "SOURCE STATUS gatewayRefundId returned(true|false) flagged(true|false)" per refund of the payment, by id
            case "refunds" -> refunds.of(Long.parseLong(req.getParameter("id"))).stream()
                    .map(r -> r.source() + " " + r.status() + " " + r.gatewayRefundId() + " "
                            + (r.returnJournalEntryId() != null) + " " + (r.flagReason() != null))
                    .collect(java.util.stream.Collectors.joining("\n"));
            // "GL D|C amount" per line of the ONLINE_REFUND* entries with this reference, then the number of entries
            case "refund-entries" -> entries(req.getParameter("reference"), "ONLINE_REFUND', 'ONLINE_REFUND_RETURNED");
            case "withdraw" -> accounts.withdraw(Long.parseLong(req.getParameter("account")),
                    new BigDecimal(req.getParameter("amount")), "Test withdrawal", TestData.CASHIER).balanceAfter().toString();
            case "freeze" -> accounts.freeze(Long.parseLong(req.getParameter("account")), "Test freeze", TestData.MANAGER)
                    .status().name();
            // the customer's alerts whose subject starts with the prefix
            case "alerts-titled" -> String.valueOf(notifications.forCustomer(Long.parseLong(req.getParameter("customer")), 100)
                    .stream().filter(n -> n.subject().startsWith(req.getParameter("prefix"))).count());
            // the customer's alert texts whose subject starts with the prefix, one a line
            case "alert-texts" -> notifications.forCustomer(Long.parseLong(req.getParameter("customer")), 100).stream()
                    .filter(n -> n.subject().startsWith(req.getParameter("prefix"))).map(n -> n.body().replace('\n', ' '))
                    .collect(java.util.stream.Collectors.joining("\n"));
            default -> throw new IllegalArgumentException("unknown fixture action");
        };
        resp.setContentType("text/plain");
        resp.getWriter().write(answer);
    }

    private String deadLetter(HttpServletRequest req) {
        SimulatedGateway.SignedWebhook w = simulated().webhook("payment.captured", req.getParameter("order"),
                req.getParameter("payment"), Long.parseLong(req.getParameter("paise")), "INR");
        if (req.getParameter("poison") != null) {
            // correctly signed, but a payment.captured without its payment entity: applying it throws every time
            String body = "{\"entity\":\"event\",\"event\":\"payment.captured\",\"payload\":{\"order\":{\"entity\":{\"id\":\""
                    + req.getParameter("order") + "\"}}},\"created_at\":1}";
            w = new SimulatedGateway.SignedWebhook("evt_it_poison_" + System.nanoTime(), body, simulated().sign(body));
        }
        long rowId = -Math.abs(System.nanoTime() % 1_000_000_000_000L) - 1; // never a sequence's id
        try (Connection c = portalDs.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO webhook_event (id, gateway, event_id, event_type, body, received_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, rowId);
            ps.setString(2, SimulatedGateway.NAME);
            ps.setString(3, w.eventId());
            ps.setString(4, "payment.captured");
            ps.setString(5, w.body());
            ps.setObject(6, java.time.OffsetDateTime.now());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if ("dead-letter".equals(req.getParameter("do"))) {
            try (JMSContext jms = connectionFactory.createContext()) {
                jms.createProducer().send(dlq, String.valueOf(rowId));
            }
        }
        return w.eventId();
    }

    private int sql(String statement, Object... params) {
        try (Connection c = portalDs.getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String query, String param) {
        try (Connection c = portalDs.getConnection(); PreparedStatement ps = c.prepareStatement(query)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String glBalance(String code) {
        try (Connection c = portalDs.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(SUM(debit - credit), 0) FROM journal_line WHERE gl_code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1).setScale(2).toPlainString();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String settlementEntries(String reference) {
        return entries(reference, "GATEWAY_SETTLEMENT");
    }

    /** "GL D|C amount, " per line of the entries with the reference and one of the event types, then their number. */
    private String entries(String reference, String eventTypes) {
        StringBuilder out = new StringBuilder();
        try (Connection c = portalDs.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT e.id, l.gl_code, l.debit, l.credit FROM journal_entry e JOIN journal_line l ON l.journal_entry_id = e.id
                WHERE e.reference = ? AND e.event_type IN ('""" + eventTypes + """
                ') ORDER BY e.id, l.gl_code""")) {
            ps.setString(1, reference);
            java.util.Set<Long> entries = new java.util.HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(rs.getLong(1));
                    boolean debit = rs.getBigDecimal(3).signum() > 0;
                    out.append(rs.getString(2)).append(debit ? " D " : " C ")
                            .append((debit ? rs.getBigDecimal(3) : rs.getBigDecimal(4)).toPlainString()).append(", ");
                }
            }
            return out.append(entries.size()).toString();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The outbox SMS to {@code mobile} whose text contains {@code marker}, or "" when there is none (yet). */
    private String outboxSms(String mobile, String marker) {
        try (java.sql.Connection c = ds.getConnection(); java.sql.PreparedStatement ps = c.prepareStatement(
                "SELECT body FROM notification WHERE channel = 'SMS' AND recipient = ? ORDER BY id DESC")) {
            ps.setString(1, mobile);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1).contains(marker)) {
                        return rs.getString(1);
                    }
                }
                return "";
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean deadLettered(long rowId) {
        try (JMSContext jms = connectionFactory.createContext()) {
            java.util.Enumeration<?> e = jms.createBrowser(dlq).getEnumeration();
            while (e.hasMoreElements()) {
                if (e.nextElement() instanceof TextMessage t && String.valueOf(rowId).equals(t.getText())) {
                    return true;
                }
            }
            return false;
        } catch (jakarta.jms.JMSException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private SimulatedGateway simulated() {
        return gateways.simulated().orElseThrow(() -> new IllegalStateException("the test server runs the simulated gateway"));
    }

    private static Actor customer(HttpServletRequest req) {
        return Actor.customer("test", Long.parseLong(req.getParameter("customer")));
    }

    private String webhook(HttpServletRequest req) {
        SimulatedGateway.SignedWebhook w = simulated().webhook(req.getParameter("event"), req.getParameter("order"),
                req.getParameter("payment"), Long.parseLong(req.getParameter("paise")),
                req.getParameter("currency") == null ? "INR" : req.getParameter("currency"));
        return Json.createObjectBuilder().add("eventId", w.eventId()).add("body", w.body())
                .add("signature", w.signature()).build().toString();
    }

    private String customer() {
        Customer c = data.approvedCustomer("Pay Customer");
        BankAccount a = accounts.open(c.id(), AccountType.SAVINGS, TestData.CLERK);
        accounts.deposit(a.id(), new BigDecimal("50000.00"), "Opening deposit", TestData.CASHIER);
        customers.activatePortal(c.id(), PASSWORD, TestData.MANAGER);
        Loan l = loans.apply(new LoanService.Application(c.id(), a.id(), new BigDecimal("100000.00"),
                new BigDecimal("12.00"), 12, "Two-wheeler"), TestData.CLERK);
        loans.approve(l.id(), TestData.MANAGER);
        loans.disburse(l.id(), TestData.MANAGER);
        return c.mobile() + " " + c.id() + " " + a.id() + " " + l.id() + " " + accounts.get(a.id()).accountNumber();
    }
}
