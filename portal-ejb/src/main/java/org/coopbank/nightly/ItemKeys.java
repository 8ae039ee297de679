package org.coopbank.nightly;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Timestamp;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
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
    /**
     * Which of {@code keys} are done for the job and date (a chunk's fast path; the inserts guarantee once): one
     * primary-key lookup each on one prepared statement. Not one {@code IN} list: while a job fills the table its
     * statistics lag (never analysed, or analysed when it was empty), and PostgreSQL then scans the date's keys and
     * filters them instead of probing the key, about 60 ms a chunk by the end of 100,000 items; a lookup on the whole
     * key is an index probe whatever the statistics say.
     */
    public Set<String> doneAmong(NightlyJob job, Collection<String> keys, LocalDate keyDate) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        Set<String> done = new HashSet<>();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM batch_item_done WHERE job_name = ?"
                    + " AND item_key = ? AND business_date = ?")) {
                ps.setString(1, job.jobName());
                ps.setObject(3, keyDate);
                for (String key : keys) {
                    ps.setString(2, key);
                    try (java.sql.ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            done.add(key);
                        }
                    }
                }
            }
        });
        return done;
    }

    /**
     * Inserts a chunk's keys (key → outcome) in the caller's transaction as one JDBC batch, after the chunk's own
     * changes are flushed; a key already taken fails the batch with {@link DuplicateException}, rolling the whole
     * chunk back (another run did those items: the chunk is then done again, item by item, by the restart).
     */
    public void markAllDone(NightlyJob job, Map<String, String> outcomes, LocalDate keyDate) {
        em.flush();
        if (outcomes.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.now());
        try {
            em.unwrap(Session.class).doWork(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO batch_item_done"
                        + " (job_name, item_key, business_date, outcome, done_at) VALUES (?, ?, ?, ?, ?)")) {
                    for (Map.Entry<String, String> e : outcomes.entrySet()) {
                        String outcome = e.getValue();
                        ps.setString(1, job.jobName());
                        ps.setString(2, e.getKey());
                        ps.setObject(3, keyDate);
                        ps.setString(4, outcome.length() > 200 ? outcome.substring(0, 200) : outcome);
                        ps.setTimestamp(5, now, UTC.get()); // as Hibernate binds with hibernate.jdbc.time_zone
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            });
        } catch (PersistenceException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            throw new DuplicateException(job.jobName() + " already did one of " + outcomes.size() + " items (from "
                    + outcomes.keySet().iterator().next() + ") for " + keyDate);
        }
    }

    private static final ThreadLocal<java.util.Calendar> UTC =
            ThreadLocal.withInitial(() -> java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC")));

    /** SQLState class 23 (integrity constraint violation) anywhere in the cause chain. */
    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && s.getSQLState().startsWith("23")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
