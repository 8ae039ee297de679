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
    NotificationService notifications;

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "java:/jms/queue/WebhookDLQ")
    Queue dlq;

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
            case "fds" -> String.valueOf(deposits.forCustomer(Long.parseLong(req.getParameter("customer"))).size());
            case "alerts" -> String.valueOf(notifications.forCustomer(Long.parseLong(req.getParameter("customer")), 100)
                    .stream().filter(n -> n.subject().startsWith("Payment")).count());
            case "books" -> {
                IntegrityReport r = reports.check();
                yield r.isClean() && reports.trialBalance(java.time.LocalDate.now().plusYears(50)).balances()
                        ? "sound" : "problems: " + r.problems();
            }
            default -> throw new IllegalArgumentException("unknown fixture action");
        };
        resp.setContentType("text/plain");
        resp.getWriter().write(answer);
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
