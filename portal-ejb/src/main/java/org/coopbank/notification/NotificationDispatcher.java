package org.coopbank.notification;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.logging.Logger;
import org.coopbank.platform.RuntimeSettings;
import org.coopbank.shared.BusinessClock;

/**
 * Delivers queued alerts from the outbox table every two seconds, in batches of 500, oldest first, under row locks
 * (so two servers never deliver the same alert). In {@code outbox} mode (the embedded default) delivery is the row
 * itself, marked SENT for the dev outbox; in {@code smtp} mode e-mails go through {@code java:jboss/mail/CoopBank}
 * (SMS has no gateway yet and stays in the outbox). A failed send is retried on the next runs and marked FAILED after
 * {@value #MAX_ATTEMPTS} attempts.
 */
@Stateless
public class NotificationDispatcher {

    static final int MAX_ATTEMPTS = 5;
    private static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class.getName());

    @Inject
    NotificationService notifications;

    @Inject
    RuntimeSettings runtime;

    @Inject
    BusinessClock clock;

    @Resource(lookup = "java:jboss/mail/CoopBank")
    Session mail;

    @Inject
    NotificationDispatcher self;

    /** Drains the outbox batch by batch (each its own transaction) for at most ~1.5 s per run. */
    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false, info = "notification-dispatcher")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void dispatch() {
        long deadline = System.nanoTime() + 1_500_000_000L;
        int delivered;
        do {
            delivered = self.deliverBatch();
        } while (delivered == BATCH && System.nanoTime() < deadline);
    }

    /** Delivers up to one batch of queued alerts; returns how many it took. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deliverBatch() {
        List<Notification> due = notifications.lockQueued(BATCH);
        boolean smtp = "smtp".equals(runtime.mailMode());
        for (Notification n : due) {
            try {
                if (smtp && n.channel() == Notification.Channel.EMAIL) {
                    send(n);
                }
                n.markSent(clock.now());
            } catch (MessagingException | RuntimeException e) {
                n.markAttemptFailed(e.getMessage());
                if (n.attempts() >= MAX_ATTEMPTS) {
                    n.markFailed();
                    LOG.warning("Notification " + n.id() + " failed after " + n.attempts() + " attempts: " + e.getMessage());
                }
            }
        }
        return due.size();
    }

    private void send(Notification n) throws MessagingException {
        MimeMessage m = new MimeMessage(mail);
        m.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(n.recipient()));
        m.setSubject(n.subject(), "UTF-8");
        m.setText(n.body(), "UTF-8");
        Transport.send(m);
    }
}
