package org.coopbank.nightly;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Repairs JBeret's JDBC job repository (its tables {@code JOB_EXECUTION}, {@code STEP_EXECUTION} on the same
 * datasource) after a crash: an execution the dead JVM was running stays STARTING/STARTED (or STOPPING) for ever,
 * which the operations screen shows as running and {@code BatchOperations.restart} refuses. Marking it FAILED (STOPPING:
 * STOPPED) with the reason as exit status lets staff restart it from its last checkpoint; the items it had done are
 * found done by their keys. Only safe when no other server is running jobs on the same repository.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobRepositoryRepair {

    public static final String CRASH_EXIT_STATUS = "FAILED: the server stopped while the job was running";

    @PersistenceContext
    EntityManager em;

    /** The executions left running in the repository (by any JVM, this one included). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> leftRunning() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT JOBEXECUTIONID FROM JOB_EXECUTION"
                + " WHERE BATCHSTATUS IN ('STARTING', 'STARTED', 'STOPPING') ORDER BY JOBEXECUTIONID").getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Marks the execution and its unfinished steps ended: STOPPING → STOPPED, anything else running → FAILED. */
    public boolean markEnded(long executionId, Instant at) {
        Timestamp now = Timestamp.from(at);
        int n = em.createNativeQuery("UPDATE JOB_EXECUTION SET BATCHSTATUS = CASE WHEN BATCHSTATUS = 'STOPPING'"
                        + " THEN 'STOPPED' ELSE 'FAILED' END, EXITSTATUS = ?, ENDTIME = ?, LASTUPDATEDTIME = ?"
                        + " WHERE JOBEXECUTIONID = ? AND BATCHSTATUS IN ('STARTING', 'STARTED', 'STOPPING')")
                .setParameter(1, CRASH_EXIT_STATUS).setParameter(2, now).setParameter(3, now)
                .setParameter(4, executionId).executeUpdate();
        em.createNativeQuery("UPDATE STEP_EXECUTION SET BATCHSTATUS = CASE WHEN BATCHSTATUS = 'STOPPING'"
                        + " THEN 'STOPPED' ELSE 'FAILED' END, EXITSTATUS = ?, ENDTIME = ?"
                        + " WHERE JOBEXECUTIONID = ? AND BATCHSTATUS IN ('STARTING', 'STARTED', 'STOPPING')")
                .setParameter(1, CRASH_EXIT_STATUS).setParameter(2, now).setParameter(3, executionId).executeUpdate();
        return n == 1;
    }
}
