package org.coopbank.payout;

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
import org.coopbank.notification.NotificationService;
import org.coopbank.shared.IndianFormat;

/**
 * After a payout is processed, reversed or failed (and that committed), the customer is told through the notification
 * outbox; account numbers masked, amounts grouped the Indian way. Own transaction, asynchronous: a failure here never
 * undoes the payout. One alert per payout and status (the outbox's dedupe key).
 */
@Stateless
public class PayoutAlerts {

    private static final Logger LOG = Logger.getLogger(PayoutAlerts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationService notifications;

    @Inject
    PayoutAlerts self;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onConcluded(@Observes(during = TransactionPhase.AFTER_SUCCESS) PayoutConcluded event) {
        self.queue(event.payoutId());
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void queue(long payoutId) {
        try {
            Payout p = em.find(Payout.class, payoutId);
            Customer c = em.find(Customer.class, p.customerId());
            LinkedBankAccount to = em.find(LinkedBankAccount.class, p.linkedBankAccountId());
            String what = p.purpose() == PayoutPurpose.FD_MATURITY ? "fixed deposit maturity payout" : "loan disbursement";
            String amount = "INR " + IndianFormat.grouped(p.amount());
            String subject;
            String text;
            if (p.status() == PayoutStatus.PROCESSED) {
                subject = "Payout sent: " + amount;
                text = "Your " + what + " of " + amount + " was sent to your bank account " + to.maskedNumber()
                        + " (" + to.ifsc() + ")" + (p.utr() == null ? "." : ", reference " + p.utr() + ".");
            } else {
                BankAccount back = em.find(BankAccount.class, p.refundAccountId());
                subject = "Payout returned: " + amount;
                text = "Your " + what + " of " + amount + " to your bank account " + to.maskedNumber()
                        + " could not be completed (" + p.failureReason() + "). The amount was credited to your account "
                        + back.maskedNumber() + " with us instead.";
            }
            notifications.queue(c, "payout-" + p.id() + "-" + p.status(), subject,
                    "Dear " + c.fullName() + ",\n\n" + text + "\n\nCo-operative Bank");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Alert for payout " + payoutId + " not queued", e);
            throw e;
        }
    }
}
