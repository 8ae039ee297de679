package org.coopbank.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import org.coopbank.shared.Actor;
import org.coopbank.staff.StaffRole;

/** The sign-in log: written in its own transaction (a failed sign-in is still recorded), read by superadmins. */
@Stateless
public class SignInLog {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String realm, String username, String clientAddress, String userAgent, SignInOutcome outcome) {
        em.persist(new SignInEvent(Instant.now(), realm, username, clientAddress, userAgent, outcome));
    }

    /**
     * The newest events first, optionally only for one username (or login mobile) and/or one client address;
     * for the superadmin's screen.
     */
    public List<SignInEvent> search(String username, String clientAddress, int max, Actor actor) {
        actor.requireStaff(StaffRole.SUPERADMIN);
        StringBuilder jpql = new StringBuilder("SELECT e FROM SignInEvent e WHERE 1 = 1");
        if (username != null && !username.isBlank()) {
            jpql.append(" AND e.username = :u");
        }
        if (clientAddress != null && !clientAddress.isBlank()) {
            jpql.append(" AND e.clientAddress = :a");
        }
        TypedQuery<SignInEvent> q = em.createQuery(jpql.append(" ORDER BY e.at DESC, e.id DESC").toString(), SignInEvent.class);
        if (username != null && !username.isBlank()) {
            q.setParameter("u", username.trim());
        }
        if (clientAddress != null && !clientAddress.isBlank()) {
            q.setParameter("a", clientAddress.trim());
        }
        return q.setMaxResults(Math.max(1, Math.min(max, 1000))).getResultList();
    }
}
