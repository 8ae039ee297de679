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
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coopbank.shared.BusinessClock;

/**
 * Every minute, queues again the webhook events stored over two minutes ago and still not applied
 * ({@link WebhookInbox#requeueStale}): the outbox's sweeper, for a row committed whose message was never sent. A
 * non-persistent calendar timer; every server of a cluster may run it (a second message for an event changes nothing).
 * Off on the test server, whose tests call the sweeper themselves.
 */
@Singleton
@Startup
public class WebhookRequeueTimer {

    private static final Logger LOG = Logger.getLogger(WebhookRequeueTimer.class.getName());
    static final Duration STALE_AFTER = Duration.ofMinutes(2);
    static final int BATCH = 500;

    @Resource
    TimerService timers;

    @Inject
    WebhookInbox inbox;

    @PostConstruct
    void schedule() {
        if (BusinessClock.pinningAllowed()) {
            LOG.info("The webhook requeue timer is off on the test server (-D" + BusinessClock.PINNING_SWITCH + "=true)");
            return;
        }
        timers.createCalendarTimer(new ScheduleExpression().hour("*").minute("*").second(30),
                new TimerConfig("webhook-requeue", false));
    }

    @Timeout
    void fire() {
        try {
            inbox.requeueStale(STALE_AFTER, BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook requeue failed; the next minute tries again", e);
        }
    }
}
