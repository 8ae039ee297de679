package org.coopbank.payment;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coopbank.settings.SettingsService;
import org.coopbank.shared.BusinessClock;

/**
 * Orders the browser never completed and whose webhook never came: for a payment left INITIATED longer than the
 * setting {@value #AFTER_MINUTES} (default 15), asks the gateway for the order's payments and feeds the same state
 * machine as the webhook ({@link PaymentSettlement}): a captured payment settles it (exactly once, whoever else settles
 * it too), attempts that all failed mark it FAILED, and an order with no payment at all after
 * {@value #EXPIRE_MINUTES} (default 1440) is marked FAILED as expired. An authorised but not yet captured payment is
 * left waiting. The gateway is asked outside any transaction; each payment is then applied in its own.
 */
@Stateless
public class PaymentReconciler {

    public static final String AFTER_MINUTES = "payment.reconcile.after-minutes";
    public static final String EXPIRE_MINUTES = "payment.reconcile.expire-minutes";
    private static final Logger LOG = Logger.getLogger(PaymentReconciler.class.getName());
    private static final int MAX_PER_SWEEP = 500;

    /** What reconciling one payment did. */
    public enum Outcome { SETTLED, ALREADY_SETTLED, FLAGGED, FAILED, EXPIRED, WAITING, NOT_OPEN, GATEWAY_UNAVAILABLE }

    /** A sweep's counts. */
    public record Sweep(int looked, int settled, int failed, int waiting, int errors) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PaymentGateways gateways;

    @Inject
    PaymentSettlement settlement;

    @Inject
    SettingsService settings;

    @Inject
    BusinessClock clock;

    @Resource
    SessionContext context;

    /** Every payment INITIATED longer than the setting (at most 500 a sweep, oldest first). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Sweep sweep() {
        return sweep(Duration.ofMinutes(minutes(AFTER_MINUTES, 15)));
    }

    /** Every payment INITIATED longer than {@code olderThan} (at most 500 a sweep, oldest first). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Sweep sweep(Duration olderThan) {
        List<Long> ids = self().stuck(olderThan, MAX_PER_SWEEP);
        int settled = 0;
        int failed = 0;
        int waiting = 0;
        int errors = 0;
        for (long id : ids) {
            try {
                switch (reconcile(id)) {
                    case SETTLED -> settled++;
                    case FAILED, EXPIRED -> failed++;
                    case GATEWAY_UNAVAILABLE -> errors++;
                    case WAITING -> waiting++;
                    default -> { }
                }
            } catch (RuntimeException e) {
                errors++;
                LOG.log(Level.WARNING, "Reconciling payment " + id + " failed; the next sweep tries again", e);
            }
        }
        Sweep s = new Sweep(ids.size(), settled, failed, waiting, errors);
        if (!ids.isEmpty()) {
            LOG.info(() -> "Payment reconciler: " + s);
        }
        return s;
    }

    /** One payment, now (the accountant's "reconcile now", tests): settles it at most once however often it runs. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outcome reconcile(long paymentId) {
        Optional<String> order = self().openOrder(paymentId);
        if (order.isEmpty()) {
            return Outcome.NOT_OPEN;
        }
        List<GatewayPayment> attempts;
        try {
            attempts = gateways.current().paymentsOf(order.get());
        } catch (GatewayUnavailableException e) {
            LOG.warning(() -> "Payment " + paymentId + ": " + e.getMessage());
            return Outcome.GATEWAY_UNAVAILABLE;
        }
        return self().apply(paymentId, attempts);
    }

    /** Ids of payments INITIATED with a gateway order, created more than {@code age} ago, oldest first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> stuck(Duration age, int max) {
        return em.createQuery("""
                        SELECT p.id FROM Payment p WHERE p.status = :initiated AND p.gatewayOrderId IS NOT NULL
                        AND p.createdAt < :before ORDER BY p.createdAt, p.id""", Long.class)
                .setParameter("initiated", PaymentStatus.INITIATED)
                .setParameter("before", clock.now().minus(age)).setMaxResults(max).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> openOrder(long paymentId) {
        Payment p = em.find(Payment.class, paymentId);
        return p == null || p.status() != PaymentStatus.INITIATED || p.gatewayOrderId() == null ? Optional.empty()
                : Optional.of(p.gatewayOrderId());
    }

    /** Applies what the gateway said about the payment's order, in its own transaction, through the settlement. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome apply(long paymentId, List<GatewayPayment> attempts) {
        Payment p = em.find(Payment.class, paymentId);
        if (p == null || p.status() != PaymentStatus.INITIATED) {
            return Outcome.NOT_OPEN;
        }
        String orderId = p.gatewayOrderId();
        List<GatewayPayment> ours = attempts.stream().filter(a -> orderId.equals(a.orderId())).toList();
        Optional<GatewayPayment> captured = ours.stream().filter(a -> "captured".equals(a.status())).findFirst();
        if (captured.isPresent()) {
            GatewayPayment c = captured.get();
            return switch (settlement.settle(orderId, c.id(), c.amountPaise(), c.currency()).outcome()) {
                case APPLIED -> Outcome.SETTLED;
                case FLAGGED -> Outcome.FLAGGED;
                default -> Outcome.ALREADY_SETTLED;
            };
        }
        if (ours.stream().anyMatch(a -> "authorized".equals(a.status()) || "created".equals(a.status()))) {
            return Outcome.WAITING; // the gateway still captures (or refunds) it; a later sweep sees which
        }
        if (!ours.isEmpty()) {
            settlement.fail(orderId, "Reconciled: every attempt at the gateway failed");
            return Outcome.FAILED;
        }
        Duration age = Duration.between(p.createdAt(), clock.now());
        if (age.compareTo(Duration.ofMinutes(minutes(EXPIRE_MINUTES, 1440))) >= 0) {
            settlement.fail(orderId, "Expired: no payment at the gateway after " + age.toMinutes() + " minutes");
            return Outcome.EXPIRED;
        }
        return Outcome.WAITING;
    }

    /** When the reconciler last would look at a payment created at {@code createdAt} (for the screen). */
    public Instant dueAfter(Instant createdAt) {
        return createdAt.plus(Duration.ofMinutes(minutes(AFTER_MINUTES, 15)));
    }

    private int minutes(String key, int fallback) {
        try {
            return Math.max(0, settings.intSetting(key));
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    private PaymentReconciler self() {
        return context.getBusinessObject(PaymentReconciler.class);
    }
}
