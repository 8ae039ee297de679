package org.coopbank.payment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.EnumSet;
import java.util.Optional;
import org.coopbank.account.AccountService;
import org.coopbank.account.AccountStatus;
import org.coopbank.account.BankAccount;
import org.coopbank.payment.WebhookEvent.Outcome;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.DuplicateException;
import org.coopbank.shared.Money;
import org.json.JSONObject;

/**
 * Razorpay's {@code refund.processed} and {@code refund.failed} (the refund entity: {@code id}, {@code payment_id},
 * {@code amount} in paise, {@code notes}, {@code receipt}), applied in the webhook message's transaction. The payment's
 * row is locked first (as the accountant's refund does), then our refund is found by the gateway's refund id or by our
 * refund id in {@code notes.refund_id} / {@code receipt}, and moved by a conditional UPDATE whose row count decides:
 * redeliveries, copies and events out of order change nothing twice. A refund the bank did not make (the gateway's
 * dashboard) is recorded once (its gateway refund id is unique) and flagged for the accountant, nothing posted.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class RefundWebhooks {

    static final Actor GATEWAY = Actor.system("gateway-webhook");

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    PaymentRefunds refunds;

    @Inject
    BusinessClock clock;

    @Inject
    Event<RefundConcluded> concluded;

    public PaymentSettlement.Result processed(JSONObject refund) {
        Optional<Payment> found = lockPayment(refund.optString("payment_id", ""));
        if (found.isEmpty()) {
            return new PaymentSettlement.Result(Outcome.UNKNOWN_ORDER, null);
        }
        Payment p = found.get();
        String gatewayRefundId = refund.getString("id");
        long paise = refund.getLong("amount");
        Optional<PaymentRefund> ours = ours(p, refund);
        if (ours.isEmpty()) {
            return unsolicited(p, gatewayRefundId, paise);
        }
        PaymentRefund r = ours.get();
        int changed = em.createQuery("""
                        UPDATE PaymentRefund r SET r.status = :processed, r.gatewayRefundId = :g, r.processedAt = :now,
                        r.updatedAt = :now, r.flagReason = :flag, r.version = r.version + 1
                        WHERE r.id = :id AND r.status IN :open""")
                .setParameter("processed", RefundStatus.PROCESSED).setParameter("g", gatewayRefundId)
                .setParameter("now", clock.now()).setParameter("id", r.id())
                .setParameter("flag", paise == r.amountPaise() ? null
                        : "The gateway refunded " + paise + " paise, our refund is " + r.amountPaise() + " paise")
                .setParameter("open", EnumSet.of(RefundStatus.PENDING, RefundStatus.REQUESTED)).executeUpdate();
        if (changed == 0) {
            return new PaymentSettlement.Result(Outcome.ALREADY_SETTLED, p.id());
        }
        concluded.fire(new RefundConcluded(r.id(), RefundConcluded.What.PROCESSED));
        return new PaymentSettlement.Result(Outcome.REFUND_PROCESSED, p.id());
    }

    /**
     * The gateway could not refund: our refund FAILED and its money, back in 1200, credited to the customer's account
     * once (the FD of an FD opening stays closed: the money goes to its linked account). An account no longer active
     * is not credited: the refund is flagged and the money stays in 1200 for the accountant.
     */
    public PaymentSettlement.Result failed(JSONObject refund) {
        Optional<Payment> found = lockPayment(refund.optString("payment_id", ""));
        if (found.isEmpty()) {
            return new PaymentSettlement.Result(Outcome.UNKNOWN_ORDER, null);
        }
        Payment p = found.get();
        Optional<PaymentRefund> ours = ours(p, refund);
        if (ours.isEmpty() || ours.get().source() != PaymentRefund.Source.BANK) {
            return new PaymentSettlement.Result(Outcome.IGNORED, p.id());
        }
        PaymentRefund r = ours.get();
        int changed = em.createQuery("""
                        UPDATE PaymentRefund r SET r.status = :failed, r.gatewayRefundId = :g, r.processedAt = :now,
                        r.updatedAt = :now, r.version = r.version + 1 WHERE r.id = :id AND r.status IN :open""")
                .setParameter("failed", RefundStatus.FAILED).setParameter("g", refund.getString("id"))
                .setParameter("now", clock.now()).setParameter("id", r.id())
                .setParameter("open", EnumSet.of(RefundStatus.PENDING, RefundStatus.REQUESTED)).executeUpdate();
        if (changed == 0) {
            return new PaymentSettlement.Result(Outcome.ALREADY_SETTLED, p.id());
        }
        em.refresh(r);
        BankAccount a = accounts.lock(p.payableId());
        if (a.status() == AccountStatus.ACTIVE) {
            r.returned(accounts.returnFailedRefund(a.id(), r.amount(), "refund-" + r.id() + "-returned", GATEWAY)
                    .journalEntry().id());
        } else {
            r.flag("The gateway could not refund; account " + a.maskedNumber() + " is " + a.status()
                    + ", so the money stays in 1200 gateway clearing for the accountant");
        }
        Money left = refunds.refundedSoFar(p.id());
        em.createQuery("""
                        UPDATE Payment p SET p.status = :paid, p.refundedAmount = :left, p.updatedAt = :now,
                        p.version = p.version + 1 WHERE p.id = :id AND p.status IN :refundable""")
                .setParameter("paid", PaymentStatus.PAID).setParameter("left", left.isZero() ? null : left)
                .setParameter("now", clock.now()).setParameter("id", p.id())
                .setParameter("refundable", EnumSet.of(PaymentStatus.PAID, PaymentStatus.REFUNDED)).executeUpdate();
        concluded.fire(new RefundConcluded(r.id(), RefundConcluded.What.FAILED));
        return new PaymentSettlement.Result(Outcome.REFUND_FAILED, p.id());
    }

    /**
     * What the gateway answers for our refund when asked ({@link RefundReconciler}: its webhook never came), applied as
     * the webhook would be, in a transaction of its own: {@code processed} or {@code failed} move the refund once (the
     * same conditional updates), anything else (still {@code pending}) changes nothing.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome fromGateway(GatewayRefund g, long ourRefundId) {
        JSONObject refund = new JSONObject().put("id", g.id()).put("payment_id", g.paymentId())
                .put("amount", g.amountPaise()).put("receipt", RazorpayGateway.receipt(ourRefundId))
                .put("notes", new JSONObject().put("refund_id", String.valueOf(ourRefundId)));
        return switch (g.status() == null ? "" : g.status()) {
            case "processed" -> processed(refund).outcome();
            case "failed" -> failed(refund).outcome();
            default -> Outcome.IGNORED;
        };
    }

    /** Recorded once (the unique gateway refund id decides) and flagged, as before refunds were built: nothing posted. */
    private PaymentSettlement.Result unsolicited(Payment p, String gatewayRefundId, long paise) {
        if (p.status() != PaymentStatus.PAID && p.status() != PaymentStatus.REFUNDED) {
            return new PaymentSettlement.Result(Outcome.IGNORED, p.id());
        }
        PaymentRefund r = PaymentRefund.fromGateway(p, Money.ofPaise(paise), gatewayRefundId, clock.now());
        em.persist(r);
        try {
            em.flush();
        } catch (PersistenceException ex) {
            throw new DuplicateException("Refund " + gatewayRefundId + " was already recorded");
        }
        Money total = refunds.refundedSoFar(p.id());
        em.createQuery("""
                        UPDATE Payment p SET p.status = :refunded, p.refundedAmount = :total, p.flagReason = :why,
                        p.updatedAt = :now, p.version = p.version + 1 WHERE p.id = :id AND p.status IN :refundable""")
                .setParameter("refunded", PaymentStatus.REFUNDED).setParameter("total", total)
                .setParameter("why", PaymentRefunds.clip("Refunded at the gateway (" + gatewayRefundId + ", " + Money.ofPaise(paise)
                        + "), not by the bank: the posting must be reversed by hand"))
                .setParameter("now", clock.now()).setParameter("id", p.id())
                .setParameter("refundable", EnumSet.of(PaymentStatus.PAID, PaymentStatus.REFUNDED)).executeUpdate();
        return new PaymentSettlement.Result(Outcome.REFUND_RECORDED, p.id());
    }

    private Optional<Payment> lockPayment(String gatewayPaymentId) {
        Optional<Long> id = em.createQuery("SELECT p.id FROM Payment p WHERE p.gatewayPaymentId = :g", Long.class)
                .setParameter("g", gatewayPaymentId).getResultStream().findFirst();
        return id.map(i -> em.find(Payment.class, i, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Our refund of this payment: by the gateway's refund id, else by our refund id in its notes or receipt. */
    private Optional<PaymentRefund> ours(Payment p, JSONObject refund) {
        Optional<PaymentRefund> byGatewayId = em.createQuery(
                        "SELECT r FROM PaymentRefund r WHERE r.gatewayRefundId = :g", PaymentRefund.class)
                .setParameter("g", refund.getString("id")).getResultStream().findFirst();
        if (byGatewayId.isPresent()) {
            return byGatewayId;
        }
        long ourId = RazorpayGateway.ourRefundIdOf(refund);
        PaymentRefund r = ourId > 0 ? em.find(PaymentRefund.class, ourId) : null;
        return r != null && r.paymentId().equals(p.id()) && r.source() == PaymentRefund.Source.BANK
                ? Optional.of(r) : Optional.empty();
    }
}
