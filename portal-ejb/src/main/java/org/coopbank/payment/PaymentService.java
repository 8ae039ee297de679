package org.coopbank.payment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coopbank.account.AccountStatus;
import org.coopbank.account.BankAccount;
import org.coopbank.deposit.DepositService;
import org.coopbank.loan.Loan;
import org.coopbank.loan.LoanService;
import org.coopbank.loan.LoanStatus;
import org.coopbank.settings.SettingsService;
import org.coopbank.shared.AccessDeniedException;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.InputGuard;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.Money;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.Nullable;
import org.coopbank.shared.Validation;
import org.coopbank.shared.ValidationFailedException;

/**
 * A signed-in customer's online payments: start one (a payment row INITIATED and the gateway's order, in one
 * transaction: a gateway refusal keeps nothing), confirm the checkout ({@link #verify}), list them. Every method
 * starts from the actor's customer id; another customer's loan, account or order answers "not found".
 */
@Stateless
@Interceptors(InputGuard.class)
public class PaymentService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PaymentGateways gateways;

    @Inject
    PaymentSettlement settlement;

    @Inject
    DepositService deposits;

    @Inject
    LoanService loans;

    @Inject
    SettingsService settings;

    @Inject
    BusinessClock clock;

    /** Pays an EMI of the customer's own running loan; the amount comes from the schedule (PART: the customer's). */
    public Checkout payEmi(Actor me, long loanId, EmiChoice choice, @Nullable BigDecimal amount) {
        long customerId = customerOf(me);
        Loan loan = em.find(Loan.class, loanId);
        if (loan == null || !loan.customer().id().equals(customerId)) {
            throw new NotFoundException("Loan " + loanId + " not found");
        }
        if (loan.status() != LoanStatus.DISBURSED) {
            throw new InvalidStateException("Loan " + loan.loanNumber() + " is " + loan.status() + ": nothing to pay");
        }
        // penal interest brought up to today (not written): the repayment at settlement charges it first
        LoanService.DueToday due = loans.dueToday(loanId, me);
        Money payable = due.payable();
        Money m = switch (choice) {
            case NEXT -> due.next();
            case OVERDUE -> due.overdue();
            case PART -> {
                if (amount == null) {
                    throw new ValidationFailedException("amount", "is required for a part payment");
                }
                yield Validation.amount(amount, "amount", settings.maxTransaction());
            }
        };
        if (!m.isPositive()) {
            throw new InvalidStateException("Nothing is " + (choice == EmiChoice.OVERDUE ? "overdue" : "due")
                    + " on loan " + loan.loanNumber());
        }
        if (m.isGreaterThan(payable)) {
            throw new ValidationFailedException("amount", "is more than is due now (" + payable + ")");
        }
        return start(customerId, PaymentType.EMI, PayableType.LOAN, loanId, m, null, null,
                Map.of("loan", loan.loanNumber()));
    }

    /** Money into one of the customer's own active accounts. */
    public Checkout deposit(Actor me, long accountId, BigDecimal amount) {
        long customerId = customerOf(me);
        BankAccount a = ownActiveAccount(customerId, accountId);
        Money m = Validation.amount(amount, "amount", settings.maxTransaction());
        return start(customerId, PaymentType.DEPOSIT, PayableType.ACCOUNT, accountId, m, null, null,
                Map.of("account", a.maskedNumber()));
    }

    /** A new FD paid online, its maturity linked to one of the customer's accounts; the preview from the rate card. */
    public Checkout openFd(Actor me, long linkedAccountId, BigDecimal amount, int tenureMonths) {
        long customerId = customerOf(me);
        BankAccount a = ownActiveAccount(customerId, linkedAccountId);
        DepositService.Quote quote = deposits.quote(amount, tenureMonths);
        return start(customerId, PaymentType.FD_OPENING, PayableType.ACCOUNT, linkedAccountId, quote.principal(),
                tenureMonths, quote, Map.of("linkedAccount", a.maskedNumber(), "tenureMonths", String.valueOf(tenureMonths)));
    }

    /**
     * The checkout's success callback: the signature over {@code order_id|payment_id} with the key secret must match
     * (else 400, nothing changes); then the payment is settled, once, whether the webhook came first or not.
     */
    public MyPayment verify(Actor me, String orderId, String paymentId, String signature) {
        long customerId = customerOf(me);
        Validation.text(orderId, "orderId", 64, true);
        Validation.text(paymentId, "paymentId", 64, true);
        Validation.text(signature, "signature", 128, true);
        Payment p = em.createQuery("SELECT p FROM Payment p WHERE p.gatewayOrderId = :o AND p.customerId = :c",
                        Payment.class).setParameter("o", orderId).setParameter("c", customerId)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("Order not found"));
        if (!gateways.current().verifyCheckoutSignature(orderId, paymentId, signature)) {
            throw new ValidationFailedException("signature", "does not match the order and payment");
        }
        settlement.settle(orderId, paymentId, p.amountPaise(), p.currency());
        em.refresh(p);
        return view(p);
    }

    /** The customer's payments, newest first (at most 100). */
    public List<MyPayment> mine(Actor me) {
        return em.createQuery("SELECT p FROM Payment p WHERE p.customerId = :c ORDER BY p.id DESC", Payment.class)
                .setParameter("c", customerOf(me)).setMaxResults(100).getResultList().stream().map(this::view).toList();
    }

    /** One of the customer's payments. */
    public MyPayment one(Actor me, long paymentId) {
        Payment p = em.find(Payment.class, paymentId);
        if (p == null || !p.customerId().equals(customerOf(me))) {
            throw new NotFoundException("Payment " + paymentId + " not found");
        }
        return view(p);
    }

    private Checkout start(long customerId, PaymentType type, PayableType payableType, long payableId, Money amount,
                           Integer tenure, DepositService.Quote quote, Map<String, String> about) {
        PaymentGateway gateway = gateways.current();
        Payment p = new Payment(customerId, type, payableType, payableId, amount, tenure, gateway.name(), clock.now());
        em.persist(p);
        em.flush();
        Map<String, String> notes = new LinkedHashMap<>(about);
        notes.put("payment", String.valueOf(p.id()));
        notes.put("customer", String.valueOf(customerId));
        notes.put("type", type.name());
        GatewayOrder order = gateway.createOrder(p.id(), p.amountPaise(), p.currency(), notes);
        if (order.amountPaise() != p.amountPaise() || !p.currency().equals(order.currency())) {
            throw new GatewayUnavailableException("The gateway's order " + order.id() + " is not for our amount");
        }
        p.ordered(order.id());
        return new Checkout(p.id(), order.id(), type, amount, p.amountPaise(), p.currency(), gateway.keyId(),
                gateway.name(), quote == null ? null : quote.annualRate(), quote == null ? null : quote.maturityDate(),
                quote == null ? null : quote.maturityAmount());
    }

    private BankAccount ownActiveAccount(long customerId, long accountId) {
        BankAccount a = em.find(BankAccount.class, accountId);
        if (a == null || !a.customer().id().equals(customerId)) {
            throw new NotFoundException("Account " + accountId + " not found");
        }
        if (a.status() != AccountStatus.ACTIVE) {
            throw new InvalidStateException("Account " + a.maskedNumber() + " is " + a.status());
        }
        return a;
    }

    private MyPayment view(Payment p) {
        String payable;
        if (p.payableType() == PayableType.LOAN) {
            Loan l = em.find(Loan.class, p.payableId());
            payable = l == null ? "" : "Loan " + l.loanNumber();
        } else {
            BankAccount a = em.find(BankAccount.class, p.payableId());
            payable = a == null ? "" : a.maskedNumber();
        }
        return new MyPayment(p.id(), p.type(), payable, p.amount(), p.currency(), p.status(), p.gateway(),
                p.gatewayOrderId(), p.gatewayPaymentId(), p.createdAt(), p.settledAt());
    }

    private static long customerOf(Actor me) {
        if (me == null || !me.isCustomer()) {
            throw new AccessDeniedException("Online payments are for customers only");
        }
        return me.customerId();
    }
}
