package org.coopbank.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.coopbank.customer.Customer;
import org.coopbank.shared.BusinessClock;

/** Queues customer alerts into the outbox table (the dispatcher delivers them) and reads the outbox. */
@Stateless
public class NotificationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    /**
     * Queues an alert for the customer, by e-mail when they gave an address, else by SMS to their mobile. Queueing
     * the same {@code dedupeKey} twice returns the first one.
     */
    public Notification queue(Customer customer, String dedupeKey, String subject, String body) {
        Optional<Notification> existing = findByDedupeKey(dedupeKey);
        if (existing.isPresent()) {
            return existing.get();
        }
        Notification n = alert(customer, dedupeKey, subject, body);
        em.persist(n);
        return n;
    }

    /** An alert to the customer, by e-mail when they gave an address, else by SMS to their mobile. */
    private Notification alert(Customer customer, String dedupeKey, String subject, String body) {
        boolean email = customer.email() != null && !customer.email().isBlank();
        return new Notification(customer, email ? Notification.Channel.EMAIL : Notification.Channel.SMS,
                email ? customer.email() : customer.mobile(), subject, body, dedupeKey, clock.now());
    }

    /** One alert to queue with {@link #queueAll}. */
    public record Draft(Customer customer, String dedupeKey, String subject, String body) {
    }

    /**
     * Queues many alerts as {@link #queue} would each, with one look-up of the keys already queued (a look-up per
     * alert would also flush the alerts persisted before it one by one, instead of in JDBC batches). Keys repeated in
     * {@code drafts} are queued once. Answers how many were queued.
     */
    public int queueAll(List<Draft> drafts) {
        if (drafts.isEmpty()) {
            return 0;
        }
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Draft d : drafts) {
            keys.add(d.dedupeKey());
        }
        java.util.Set<String> queued = new java.util.HashSet<>();
        List<String> all = List.copyOf(keys);
        for (int i = 0; i < all.size(); i += 1000) { // IN lists of at most 1,000
            queued.addAll(em.createQuery("SELECT n.dedupeKey FROM Notification n WHERE n.dedupeKey IN :k", String.class)
                    .setParameter("k", all.subList(i, Math.min(all.size(), i + 1000))).getResultList());
        }
        int n = 0;
        for (Draft d : drafts) {
            if (queued.add(d.dedupeKey())) {
                em.persist(alert(d.customer(), d.dedupeKey(), d.subject(), d.body()));
                n++;
            }
        }
        return n;
    }

    /**
     * Queues an SMS to a mobile number that belongs to no alert history (a one-time code): no customer is attached,
     * so staff screens that list a customer's alerts never show it; the superadmin's outbox does (dev only).
     */
    public Notification queueSms(String mobile, String subject, String text) {
        Notification n = new Notification(null, Notification.Channel.SMS, mobile, subject, text,
                "sms:" + java.util.UUID.randomUUID(), clock.now());
        em.persist(n);
        return n;
    }

    public Optional<Notification> findByDedupeKey(String key) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.dedupeKey = :k", Notification.class)
                .setParameter("k", key).getResultStream().findFirst();
    }

    /** The customer's alerts, newest first (the dev outbox shows these). */
    public List<Notification> forCustomer(long customerId, int max) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.customer.id = :c ORDER BY n.id DESC",
                Notification.class).setParameter("c", customerId).setMaxResults(max).getResultList();
    }

    /** Oldest undelivered alerts first, locked for delivery by the caller's transaction. */
    public List<Notification> lockQueued(int max) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.status = :s ORDER BY n.id", Notification.class)
                .setParameter("s", Notification.Status.QUEUED).setMaxResults(max)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    public List<Notification> outbox(int first, int max) {
        return em.createQuery("SELECT n FROM Notification n ORDER BY n.id DESC", Notification.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }
}
