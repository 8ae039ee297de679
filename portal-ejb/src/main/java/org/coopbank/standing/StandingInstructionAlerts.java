package org.coopbank.standing;

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
import org.coopbank.notification.NotificationService;

/**
 * Tells the customer, once the run's item committed, that a standing instruction fell short (notification outbox:
 * e-mail or SMS, and the portal's alerts), in a transaction of its own; the dedupe key makes it once per occurrence.
 */
@Stateless
public class StandingInstructionAlerts {

    private static final Logger LOG = Logger.getLogger(StandingInstructionAlerts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationService notifications;

    @Inject
    StandingInstructionAlerts self;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onFailed(@Observes(during = TransactionPhase.AFTER_SUCCESS) StandingInstructionFailed event) {
        self.queue(event);
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void queue(StandingInstructionFailed event) {
        try {
            Customer c = em.find(Customer.class, event.customerId());
            notifications.queue(c, event.dedupeKey(), event.subject(), "Dear " + c.fullName() + ",\n\n" + event.body()
                    + "\n\nCo-operative Bank");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Standing instruction alert " + event.dedupeKey() + " not queued", e);
            throw e;
        }
    }
}
