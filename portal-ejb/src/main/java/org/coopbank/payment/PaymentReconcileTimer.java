package org.coopbank.payment;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coopbank.shared.BusinessClock;

/**
 * Runs {@link PaymentReconciler#sweep} and {@link RefundReconciler#sweep} (refunds REQUESTED for over 15 minutes) every 5 minutes (a non-persistent calendar timer, like {@code @Schedule}; every
 * server of a cluster may run it: the settlement's conditional UPDATE lets only one settle a payment). Off on the test
 * server (as the nightly timers are), whose tests call the reconciler themselves.
 */
@Singleton
@Startup
public class PaymentReconcileTimer {

    private static final Logger LOG = Logger.getLogger(PaymentReconcileTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    PaymentReconciler reconciler;

    @Inject
    RefundReconciler refunds;

    @PostConstruct
    void schedule() {
        if (BusinessClock.pinningAllowed()) {
            LOG.info("The payment reconciler's timer is off on the test server (-D" + BusinessClock.PINNING_SWITCH + "=true)");
            return;
        }
        timers.createCalendarTimer(new ScheduleExpression().hour("*").minute("*/5").second(0),
                new TimerConfig("payment-reconciler", false));
        LOG.info("Payment reconciler runs every 5 minutes");
    }

    @Timeout
    void fire() {
        try {
            reconciler.sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Payment reconciler sweep failed; the next one tries again", e);
        }
        try {
            refunds.sweep(java.time.Duration.ofMinutes(15));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Refund reconciler sweep failed; the next one tries again", e);
        }
    }
}
