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
import org.coopbank.account.BankAccount;
import org.coopbank.customer.Customer;
import org.coopbank.notification.Notification;
import org.coopbank.notification.NotificationService;
import org.coopbank.security.access.SmsSender;
import org.coopbank.shared.IndianFormat;

/**
 * After a refund was made, processed or failed (and that committed), the customer is told the way {@link PaymentAlerts}
 * tells them of a payment: an alert in the notification outbox and, when it went by e-mail, a short SMS. Amounts and the
 * masked account number only ({@code XXXX1234}). Own transaction, asynchronous: a failure here never undoes the refund.
 */
@Stateless
public class RefundAlerts {

    private static final Logger LOG = Logger.getLogger(RefundAlerts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationService notifications;

    @Inject
    RefundAlerts self;

    @Inject
    SmsSender sms;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onConcluded(@Observes(during = TransactionPhase.AFTER_SUCCESS) RefundConcluded event) {
        self.queue(event.refundId(), event.what());
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void queue(long refundId, RefundConcluded.What what) {
        try {
            PaymentRefund r = em.find(PaymentRefund.class, refundId);
            Payment p = em.find(Payment.class, r.paymentId());
            Customer c = em.find(Customer.class, p.customerId());
            BankAccount a = p.payableType() == PayableType.ACCOUNT ? em.find(BankAccount.class, p.payableId()) : null;
            String rupees = "INR " + IndianFormat.grouped(r.amount());
            String account = a == null ? "" : " (account " + a.maskedNumber() + ")";
            String text = switch (what) {
                case INITIATED -> "a refund of " + rupees + " of your online payment " + p.id() + account
                        + " was started; the money goes back the way you paid.";
                case PROCESSED -> "the refund of " + rupees + " of your online payment " + p.id() + account
                        + " was processed by the payment gateway.";
                case FAILED -> "the refund of " + rupees + " of your online payment " + p.id()
                        + " could not be made by the payment gateway; the money was credited back" + account + ".";
            };
            String subject = switch (what) {
                case INITIATED -> "Payment refund started: " + rupees;
                case PROCESSED -> "Payment refunded: " + rupees;
                case FAILED -> "Payment refund failed: " + rupees;
            };
            String key = "refund-" + r.id() + "-" + what;
            boolean first = notifications.findByDedupeKey(key).isEmpty();
            Notification n = notifications.queue(c, key, subject, "Dear " + c.fullName() + ",\n\n"
                    + Character.toUpperCase(text.charAt(0)) + text.substring(1) + "\n\nCo-operative Bank");
            if (first && n.channel() == Notification.Channel.EMAIL) {
                sms.send(c.mobile(), "Co-operative Bank: " + text);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Alert for refund " + refundId + " not queued", e);
            throw e;
        }
    }
}
