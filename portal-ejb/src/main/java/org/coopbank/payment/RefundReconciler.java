package org.coopbank.payment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coopbank.payment.WebhookEvent.Outcome;
import org.coopbank.shared.BusinessClock;

/**
 * Refunds the gateway accepted (REQUESTED) whose {@code refund.processed} / {@code refund.failed} never arrived: the
 * gateway is asked for each ({@link PaymentGateway#findRefund}, outside any transaction) and its answer applied as the
 * webhook would be ({@link RefundWebhooks#fromGateway}: the same conditional updates, so a webhook arriving too, before
 * or after, changes nothing twice). Run with the payment reconciler's sweep ({@link PaymentReconcileTimer}).
 */
@Stateless
public class RefundReconciler {

    private static final Logger LOG = Logger.getLogger(RefundReconciler.class.getName());
    static final int MAX_PER_SWEEP = 200;

    public record Sweep(int looked, int processed, int failed, int waiting, int errors) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PaymentGateways gateways;

    @Inject
    RefundWebhooks webhooks;

    @Inject
    BusinessClock clock;

    /** Every refund REQUESTED and unchanged for longer than {@code olderThan} (at most 200 a sweep, oldest first). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Sweep sweep(Duration olderThan) {
        List<Object[]> open = em.createQuery("""
                        SELECT r.id, p.gatewayPaymentId FROM PaymentRefund r, Payment p
                        WHERE p.id = r.paymentId AND r.status = :requested AND r.source = :bank AND r.updatedAt < :cutoff
                        AND r.gateway = :gateway ORDER BY r.updatedAt, r.id""", Object[].class)
                .setParameter("requested", RefundStatus.REQUESTED).setParameter("bank", PaymentRefund.Source.BANK)
                .setParameter("cutoff", clock.now().minus(olderThan)).setParameter("gateway", gateways.current().name())
                .setMaxResults(MAX_PER_SWEEP).getResultList();
        int processed = 0;
        int failed = 0;
        int waiting = 0;
        int errors = 0;
        for (Object[] row : open) {
            long refundId = (Long) row[0];
            try {
                Optional<GatewayRefund> g = gateways.current().findRefund((String) row[1], refundId);
                Outcome o = g.isEmpty() ? Outcome.IGNORED : webhooks.fromGateway(g.get(), refundId);
                switch (o) {
                    case REFUND_PROCESSED -> processed++;
                    case REFUND_FAILED -> failed++;
                    default -> waiting++;
                }
            } catch (RuntimeException e) {
                errors++;
                LOG.log(Level.WARNING, "Asking the gateway about refund " + refundId + " failed; the next sweep asks again", e);
            }
        }
        Sweep s = new Sweep(open.size(), processed, failed, waiting, errors);
        if (!open.isEmpty()) {
            LOG.info(() -> "Refund reconciler: " + s);
        }
        return s;
    }
}
