package org.coopbank.payment;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coopbank.customer.Customer;
import org.coopbank.notification.Notification;
import org.coopbank.notification.NotificationService;
import org.coopbank.security.access.SmsSender;
import org.coopbank.shared.IndianFormat;

/**
 * After a payment is settled or failed (and that committed), the customer is told through the notification outbox
 * (e-mail when they gave an address, else SMS; the portal's alert list shows it) and, when the alert went by e-mail,
 * also by a short SMS through {@link SmsSender} (the outbox on the embedded default, the provider with
 * {@code COOPBANK_SMS_MODE=http}). Own transaction, asynchronous: a failure here never undoes the payment.
 */
@Stateless
public class PaymentAlerts {

    private static final Logger LOG = Logger.getLogger(PaymentAlerts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationService notifications;

    @Inject
    PaymentAlerts self;

    @Inject
    SmsSender sms;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onConcluded(@Observes(during = TransactionPhase.AFTER_SUCCESS) PaymentConcluded event) {
        self.queue(event.paymentId());
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void queue(long paymentId) {
        try {
            Payment p = em.find(Payment.class, paymentId);
            Customer c = em.find(Customer.class, p.customerId());
            String what = switch (p.type()) {
                case EMI -> "EMI payment";
                case DEPOSIT -> "online deposit";
                case FD_OPENING -> "payment for a new fixed deposit";
            };
            boolean paid = p.status() == PaymentStatus.PAID;
            String rupees = "INR " + IndianFormat.grouped(p.amount());
            String subject = paid ? "Payment received: " + rupees : "Payment failed: " + rupees;
            String body = "Dear " + c.fullName() + ",\n\nYour " + what + " of " + rupees + " (payment "
                    + p.id() + ") " + (paid ? "was received and applied." : "did not go through; no money was taken by the bank.")
                    + "\n\nCo-operative Bank";
            String key = "payment-" + p.id() + "-" + p.status();
            boolean first = notifications.findByDedupeKey(key).isEmpty();
            Notification n = notifications.queue(c, key, subject, body);
            if (first && n.channel() == Notification.Channel.EMAIL) {
                // the alert went by e-mail (and shows in the portal): the mobile hears of it too, in a short SMS
                sms.send(c.mobile(), "Co-operative Bank: " + (paid ? "your " + what + " of " + rupees + " (payment "
                        + p.id() + ") was received and applied." : "your " + what + " of " + rupees + " (payment "
                        + p.id() + ") did not go through; no money was taken."));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Alert for payment " + paymentId + " not queued", e);
            throw e;
        }
    }
}
