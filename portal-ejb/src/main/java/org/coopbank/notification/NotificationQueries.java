package org.coopbank.notification;

import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.coopbank.shared.Actor;
import org.coopbank.shared.InputGuard;
import org.coopbank.shared.Validation;
import org.coopbank.staff.StaffRole;

/** Staff read models of the alerts sent to customers (the customer 360° view). */
@Stateless
@Interceptors(InputGuard.class)
public class NotificationQueries {

    @PersistenceContext
    EntityManager em;

    /** The customer's latest alerts, newest first, at most {@code max} (1 to 200); any staff role may read them. */
    public List<AlertRow> forCustomer(long customerId, int max, Actor actor) {
        actor.requireStaff(StaffRole.values());
        Validation.range(max, "max", 1, 200);
        return em.createQuery("""
                        SELECT new org.coopbank.notification.AlertRow(n.id, n.createdAt, n.channel, n.recipient, n.subject,
                               n.status, n.sentAt)
                        FROM Notification n WHERE n.customer.id = :c ORDER BY n.id DESC""", AlertRow.class)
                .setParameter("c", customerId).setMaxResults(max).getResultList();
    }
}
