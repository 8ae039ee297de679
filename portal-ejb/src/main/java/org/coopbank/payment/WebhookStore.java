package org.coopbank.payment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.DuplicateException;

/**
 * The outbox's write ({@link WebhookInbox#receive}): a webhook event stored in a transaction of its own, committed
 * before its message is sent.
 */
@Stateless
public class WebhookStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    /**
     * Stores an event and answers its row id, or null when the event id is stored already (committed); two deliveries
     * racing: the loser's insert fails on the unique event id ({@link DuplicateException}).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Long store(String gatewayName, String eventId, String type, String rawBody) {
        if (!em.createQuery("SELECT e.id FROM WebhookEvent e WHERE e.eventId = :id", Long.class)
                .setParameter("id", eventId).getResultList().isEmpty()) {
            return null;
        }
        WebhookEvent e = new WebhookEvent(gatewayName, eventId, type, rawBody, clock.now());
        em.persist(e);
        try {
            em.flush(); // the unique event id decides, not the read above
        } catch (PersistenceException ex) {
            throw new DuplicateException("Webhook event " + eventId + " was already received");
        }
        return e.id();
    }
}
