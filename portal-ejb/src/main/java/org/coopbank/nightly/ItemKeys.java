package org.coopbank.nightly;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.DuplicateException;

/**
 * The idempotency keys of nightly items ({@code batch_item_done}), used inside the item's own transaction. The key
 * date is usually the run's business date; a job whose item happens once whatever the run date (an EMI reminder per
 * instalment and kind) keys on a date of the item itself (the instalment's due date).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ItemKeys {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    /** A fast path only: the insert in {@link #markDone} is what guarantees once. */
    public boolean isDone(NightlyJob job, String key, LocalDate keyDate) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM batch_item_done WHERE job_name = ? AND item_key = ?"
                        + " AND business_date = ?")
                .setParameter(1, job.jobName()).setParameter(2, key).setParameter(3, keyDate)
                .getSingleResult()).longValue() > 0;
    }

    /** Inserts the key in the caller's transaction; {@link DuplicateException} (rolling the item back) if taken. */
    public void markDone(NightlyJob job, String key, LocalDate keyDate, String outcome) {
        em.flush(); // the item's own changes first, so a failure below can only be the key
        try {
            em.createNativeQuery("INSERT INTO batch_item_done (job_name, item_key, business_date, outcome, done_at)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .setParameter(1, job.jobName()).setParameter(2, key).setParameter(3, keyDate)
                    .setParameter(4, outcome.length() > 200 ? outcome.substring(0, 200) : outcome)
                    .setParameter(5, Timestamp.from(clock.now())).executeUpdate();
            em.flush();
        } catch (PersistenceException e) {
            throw new DuplicateException(job.jobName() + " already did " + key + " for " + keyDate);
        }
    }
}
