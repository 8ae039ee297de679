package org.coopbank.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.coopbank.shared.BusinessClock;
import org.coopbank.staff.StaffRole;
import org.coopbank.staff.StaffUser;

/**
 * Alerts to staff through the same outbox as customers' alerts (no customer attached: the superadmin's Outbox shows
 * them, the dispatcher e-mails them): one e-mail per enabled staff user holding one of the roles and an e-mail
 * address, once per {@code dedupeKey} and user, in a transaction of its own. Staff without an address are named in the
 * log (SEVERE), which is where the alert also goes.
 */
@Stateless
public class StaffAlerts {

    private static final Logger LOG = Logger.getLogger(StaffAlerts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationService notifications;

    @Inject
    BusinessClock clock;

    /** Queues the alert to every enabled user with one of {@code roles}; answers how many were queued. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int alert(Set<StaffRole> roles, String dedupeKey, String subject, String body) {
        LOG.severe("Staff alert to " + roles + ": " + subject);
        List<StaffUser> users = em.createQuery("SELECT DISTINCT u FROM StaffUser u JOIN u.roles r WHERE r IN :roles"
                + " ORDER BY u.id", StaffUser.class).setParameter("roles", roles).getResultList();
        int queued = 0;
        for (StaffUser u : users) {
            if (!u.isEnabled()) {
                continue;
            }
            if (u.email() == null || u.email().isBlank()) {
                LOG.severe("Staff user " + u.username() + " has no e-mail address: alert '" + subject + "' not sent to them");
                continue;
            }
            String key = (dedupeKey + "-" + u.id());
            key = key.length() > 100 ? key.substring(0, 100) : key;
            if (notifications.findByDedupeKey(key).isEmpty()) {
                em.persist(new Notification(null, Notification.Channel.EMAIL, u.email(), subject,
                        "Dear " + u.fullName() + ",\n\n" + body + "\n\nCo-operative Bank (nightly jobs)", key, clock.now()));
                queued++;
            }
        }
        return queued;
    }
}
