package org.coopbank.it.payout;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Test-only reads of what payouts wrote (row counts the assertions need). */
@Stateless
public class PayoutProbe {

    @PersistenceContext
    EntityManager em;

    public long payoutsFor(String purpose, long sourceId) {
        return count("SELECT COUNT(*) FROM payout WHERE purpose = ?1 AND source_id = ?2", purpose, sourceId);
    }

    public long entries(String eventType, String reference) {
        return count("SELECT COUNT(*) FROM journal_entry WHERE event_type = ?1 AND reference = ?2", eventType, reference);
    }

    public long linkedAccounts(long customerId) {
        return count("SELECT COUNT(*) FROM linked_bank_account WHERE customer_id = ?1", customerId);
    }

    private long count(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }
}
