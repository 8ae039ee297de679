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
import java.util.List;
import java.util.Optional;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.DuplicateException;

/**
 * The once-per-date guard of the nightly jobs ({@code batch_job_run}, primary key job + business date + slot). The
 * slot is empty for the daily jobs (once per date) and the hour ({@code HH}, Asia/Kolkata) for an hourly job
 * ({@link NightlyJob#runSlot}, V25): one run per date and hour. Each method commits on its own, so the reservation is
 * visible to every server before the job is started.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobRuns {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    /**
     * Reserves the job for the date (and slot); {@link DuplicateException} if it was already started for it
     * (anywhere).
     */
    public void reserve(NightlyJob job, LocalDate businessDate, String slot, Actor actor) {
        try {
            em.createNativeQuery("INSERT INTO batch_job_run (job_name, business_date, run_slot, started_by, requested_at)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .setParameter(1, job.jobName()).setParameter(2, businessDate).setParameter(3, slot)
                    .setParameter(4, actor.name()).setParameter(5, Timestamp.from(clock.now())).executeUpdate();
        } catch (PersistenceException e) {
            // the transaction is lost with the statement (PostgreSQL): say no more than the key says
            throw new DuplicateException(job.jobName() + " was already started for " + businessDate
                    + (slot.isEmpty() ? "" : " in hour " + slot)
                    + ": a failed run is restarted, a completed one is not run again");
        }
    }

    /** Records the execution now carrying the run (the first start, then each restart). */
    public void attach(NightlyJob job, LocalDate businessDate, String slot, long executionId) {
        em.createNativeQuery("UPDATE batch_job_run SET execution_id = ? WHERE job_name = ? AND business_date = ?"
                        + " AND run_slot = ?")
                .setParameter(1, executionId).setParameter(2, job.jobName()).setParameter(3, businessDate)
                .setParameter(4, slot).executeUpdate();
    }

    /** Gives the date back when the job could not even be started (JobOperator refused it). */
    public void release(NightlyJob job, LocalDate businessDate, String slot) {
        em.createNativeQuery("DELETE FROM batch_job_run WHERE job_name = ? AND business_date = ? AND run_slot = ?"
                        + " AND execution_id IS NULL")
                .setParameter(1, job.jobName()).setParameter(2, businessDate).setParameter(3, slot).executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<JobRun> find(NightlyJob job, LocalDate businessDate, String slot) {
        return rows("WHERE job_name = ? AND business_date = ? AND run_slot = ?", job.jobName(), businessDate, slot, 1)
                .stream().findFirst();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<JobRun> byExecution(long executionId) {
        return rows("WHERE execution_id = ?", executionId, null, null, 1).stream().findFirst();
    }

    /** The latest runs first (by business date, then request time). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<JobRun> latest(int max) {
        return rows("", null, null, null, max);
    }

    private List<JobRun> rows(String where, Object p1, Object p2, Object p3, int max) {
        var q = em.createNativeQuery("SELECT job_name, business_date, execution_id, started_by, requested_at, run_slot"
                + " FROM batch_job_run " + where + " ORDER BY business_date DESC, requested_at DESC");
        if (p1 != null) {
            q.setParameter(1, p1);
        }
        if (p2 != null) {
            q.setParameter(2, p2);
        }
        if (p3 != null) {
            q.setParameter(3, p3);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.setMaxResults(max).getResultList();
        return rows.stream().map(r -> new JobRun((String) r[0], toDate(r[1]),
                r[2] == null ? null : ((Number) r[2]).longValue(), (String) r[3], toInstant(r[4]), (String) r[5])).toList();
    }

    static LocalDate toDate(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    static java.time.Instant toInstant(Object o) {
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.LocalDateTime l) {
            return l.toInstant(java.time.ZoneOffset.UTC);
        }
        return (java.time.Instant) o;
    }
}
