package org.coopbank.payment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coopbank.account.AccountService;
import org.coopbank.audit.AuditService;
import org.coopbank.deposit.DepositService;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.Money;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.Validation;
import org.coopbank.shared.ValidationFailedException;
import org.coopbank.staff.StaffRole;

/**
 * The accountant refunds (part of) a paid online payment. First, in one transaction under the payment's and the
 * payable's row locks ({@link #post}): the {@link PaymentRefund} row (PENDING) and the reversal in the ledger (deposit:
 * Dr 20x0 Cr 1200, the money taken back out of the account; FD opening: the FD closed with no interest, Dr 2100 Cr
 * 1200; EMI: refused). Then, outside any transaction, the gateway is asked ({@link PaymentGateway#refund}); its answer
 * moves the refund to REQUESTED, or the refund stays PENDING with the error for the accountant to retry
 * ({@link #retry}, which first asks the gateway whether it already made it). Nothing is ever posted twice: the reversal
 * is posted only with the row that records it, and a retry only asks the gateway again.
 */
@Stateless
public class PaymentRefunds {

    @PersistenceContext
    EntityManager em;

    @Inject
    PaymentRefunds self;

    @Inject
    AccountService accounts;

    @Inject
    DepositService deposits;

    @Inject
    PaymentGateways gateways;

    @Inject
    AuditService audit;

    @Inject
    BusinessClock clock;

    @Inject
    Event<RefundConcluded> concluded;

    /** Refunds {@code amount} of the payment: reversal posted, then the gateway asked. Returns the refund as it ends. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PaymentRefund refund(long paymentId, BigDecimal amount, String reason, Actor actor) {
        requireAccountant(actor);
        long id = self.post(paymentId, amount, reason, actor);
        self.ask(id, false);
        return self.get(id);
    }

    /** Asks the gateway again for a refund still PENDING (its earlier call failed); the ledger is not touched. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PaymentRefund retry(long refundId, Actor actor) {
        requireAccountant(actor);
        PaymentRefund r = self.get(refundId);
        if (r.status() != RefundStatus.PENDING || r.source() != PaymentRefund.Source.BANK) {
            throw new InvalidStateException("Refund " + refundId + " is " + r.status() + ": there is nothing to retry");
        }
        self.ask(refundId, true);
        return self.retried(refundId, actor);
    }

    /** The retry's audit record, with the status it ended in. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PaymentRefund retried(long refundId, Actor actor) {
        PaymentRefund r = get(refundId);
        audit.record(actor, "payment.refund-retry", "PaymentRefund", refundId, null, Map.of("status", r.status().name()));
        return r;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PaymentRefund get(long refundId) {
        PaymentRefund r = em.find(PaymentRefund.class, refundId);
        if (r == null) {
            throw new NotFoundException("Refund " + refundId + " not found");
        }
        return r;
    }

    /** The refunds of one payment, oldest first. */
    public List<PaymentRefund> of(long paymentId) {
        return em.createQuery("SELECT r FROM PaymentRefund r WHERE r.paymentId = :p ORDER BY r.id", PaymentRefund.class)
                .setParameter("p", paymentId).getResultList();
    }

    /**
     * The refund row and its reversal, in one transaction under the payment's row lock (then the account's or the FD's);
     * a refusal throws and leaves nothing. Returns the refund's id.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long post(long paymentId, BigDecimal amount, String reason, Actor actor) {
        requireAccountant(actor);
        Money m = Validation.amount(amount, "amount", Money.of(new BigDecimal("9999999999999.99")));
        String why = Validation.text(reason, "reason", 200, true);
        Payment p = em.find(Payment.class, paymentId, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw new NotFoundException("Payment " + paymentId + " not found");
        }
        if (p.status() != PaymentStatus.PAID && p.status() != PaymentStatus.REFUNDED) {
            throw new InvalidStateException("Payment " + paymentId + " is " + p.status() + ": only a paid payment can be refunded");
        }
        if (!p.gateway().equals(gateways.current().name())) {
            throw new InvalidStateException("Payment " + paymentId + " was made through " + p.gateway()
                    + ", not the gateway in use (" + gateways.current().name() + ")");
        }
        Money refunded = refundedSoFar(paymentId);
        Money left = p.amount().minus(refunded);
        if (m.isGreaterThan(left)) {
            throw new ValidationFailedException("amount", "is more than is left to refund on payment " + paymentId
                    + " (" + left + " of " + p.amount() + ")");
        }
        PaymentRefund r = PaymentRefund.byBank(p, m, why, actor.toString(), clock.now());
        em.persist(r);
        em.flush(); // its id names the reversal's reference
        String ref = "refund-" + r.id();
        long entryId = switch (p.type()) {
            case DEPOSIT -> accounts.refundOnline(p.payableId(), m, ref, actor).journalEntry().id();
            case FD_OPENING -> {
                if (p.fixedDepositId() == null) {
                    throw new InvalidStateException("Payment " + paymentId + " opened no FD: nothing to reverse");
                }
                yield deposits.refundOnlineOpening(p.fixedDepositId(), m, ref, actor).id();
            }
            case EMI -> throw new InvalidStateException("An EMI paid online cannot be refunded here: reversing a loan "
                    + "repayment (re-opening the instalments it paid) is not built; nothing was changed");
        };
        r.reversed(entryId);
        Money total = refunded.plus(m);
        int changed = em.createQuery("""
                        UPDATE Payment p SET p.status = :status, p.refundedAmount = :total, p.updatedAt = :now,
                        p.version = p.version + 1 WHERE p.id = :id AND p.status IN :refundable""")
                .setParameter("status", total.equals(p.amount()) ? PaymentStatus.REFUNDED : p.status())
                .setParameter("total", total).setParameter("now", clock.now()).setParameter("id", paymentId)
                .setParameter("refundable", EnumSet.of(PaymentStatus.PAID, PaymentStatus.REFUNDED)).executeUpdate();
        if (changed != 1) {
            throw new IllegalStateException("Payment " + paymentId + " changed under its row lock");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("payment", paymentId);
        after.put("amount", m.toString());
        after.put("reason", why);
        after.put("journalEntry", entryId);
        audit.record(actor, "payment.refund", "PaymentRefund", r.id(), null, after);
        concluded.fire(new RefundConcluded(r.id(), RefundConcluded.What.INITIATED));
        return r.id();
    }

    /**
     * Asks the gateway (outside any transaction) and records its answer in a short transaction of its own. On a retry
     * the gateway is first asked whether it already made this refund (an earlier answer lost on the way back).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void ask(long refundId, boolean retrying) {
        PaymentRefund r = self.get(refundId);
        Payment p = em.find(Payment.class, r.paymentId());
        PaymentGateway gateway = gateways.current();
        try {
            GatewayRefund made = retrying ? gateway.findRefund(p.gatewayPaymentId(), refundId).orElse(null) : null;
            if (made == null) {
                made = gateway.refund(p.gatewayPaymentId(), r.amountPaise(), refundId,
                        Map.of("payment_id", String.valueOf(p.id())));
            }
            self.accepted(refundId, made.id());
        } catch (GatewayUnavailableException e) {
            self.notAccepted(refundId, e.getMessage());
        }
    }

    /** The gateway took the refund: PENDING → REQUESTED with its id (a webhook that came first already moved it on). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void accepted(long refundId, String gatewayRefundId) {
        em.createQuery("""
                        UPDATE PaymentRefund r SET r.gatewayRefundId = :g, r.updatedAt = :now, r.version = r.version + 1
                        WHERE r.id = :id AND r.gatewayRefundId IS NULL""").setParameter("g", gatewayRefundId)
                .setParameter("now", clock.now()).setParameter("id", refundId).executeUpdate();
        em.createQuery("""
                        UPDATE PaymentRefund r SET r.status = :requested, r.attempts = r.attempts + 1, r.lastError = NULL,
                        r.updatedAt = :now, r.version = r.version + 1 WHERE r.id = :id AND r.status = :pending""")
                .setParameter("requested", RefundStatus.REQUESTED).setParameter("pending", RefundStatus.PENDING)
                .setParameter("now", clock.now()).setParameter("id", refundId).executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void notAccepted(long refundId, String error) {
        em.createQuery("""
                        UPDATE PaymentRefund r SET r.attempts = r.attempts + 1, r.lastError = :e, r.updatedAt = :now,
                        r.version = r.version + 1 WHERE r.id = :id AND r.status = :pending""")
                .setParameter("e", error == null ? "the gateway did not answer" : clip(error))
                .setParameter("now", clock.now()).setParameter("id", refundId)
                .setParameter("pending", RefundStatus.PENDING).executeUpdate();
    }

    /** What is refunded or being refunded of the payment: every refund but the failed ones. */
    public Money refundedSoFar(long paymentId) {
        Object n = em.createQuery("""
                        SELECT COALESCE(SUM(r.amountPaise), 0) FROM PaymentRefund r WHERE r.paymentId = :p AND r.status <> :failed""")
                .setParameter("p", paymentId).setParameter("failed", RefundStatus.FAILED).getSingleResult();
        return Money.ofPaise(((Number) n).longValue());
    }

    static String clip(String s) {
        return s.length() <= 255 ? s : s.substring(0, 255);
    }

    private static void requireAccountant(Actor actor) {
        if (actor == null) {
            throw new org.coopbank.shared.AccessDeniedException("Staff only");
        }
        actor.requireStaff(StaffRole.ACCOUNTANT, StaffRole.SUPERADMIN);
    }
}
