package org.coopbank.notification;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.coopbank.platform.RuntimeSettings;
import org.coopbank.shared.BusinessClock;

/**
 * Delivers queued alerts. Idempotent: a redelivered message for an alert already SENT does nothing. In
 * {@code outbox} mode (the embedded default) delivery is the row itself, marked SENT for the dev outbox; in
 * {@code smtp} mode e-mails go through the {@code java:jboss/mail/CoopBank} session (SMS has no gateway yet and
 * stays in the outbox). A failure rolls back and the broker retries; after the last attempt the message goes to
 * the dead-letter queue.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/Notifications"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")})
public class NotificationDispatcher implements MessageListener {

    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    RuntimeSettings runtime;

    @Inject
    BusinessClock clock;

    @Resource(lookup = "java:jboss/mail/CoopBank")
    Session mail;

    @Override
    public void onMessage(Message message) {
        long id;
        try {
            id = message.getBody(Long.class);
        } catch (JMSException e) {
            LOG.warning("Unreadable notification message dropped: " + e.getMessage());
            return;
        }
        Notification n = em.find(Notification.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (n == null || n.status() != Notification.Status.QUEUED) {
            return;
        }
        if ("smtp".equals(runtime.mailMode()) && n.channel() == Notification.Channel.EMAIL) {
            send(n);
        }
        n.markSent(clock.now());
        LOG.fine(() -> "Notification " + n.id() + " delivered by " + n.channel());
    }

    private void send(Notification n) {
        try {
            MimeMessage m = new MimeMessage(mail);
            m.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(n.recipient()));
            m.setSubject(n.subject(), "UTF-8");
            m.setText(n.body(), "UTF-8");
            Transport.send(m);
        } catch (MessagingException e) {
            throw new IllegalStateException("Mail delivery failed for notification " + n.id() + ": " + e.getMessage(), e);
        }
    }
}
