package org.coopbank.it.batch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.coopbank.batch.operations.BatchOperations;
import org.coopbank.batch.operations.ExecutionRow;
import org.coopbank.it.TestData;
import org.coopbank.ledger.EventType;

/** Test-only look-ups and waits for the nightly-job tests. */
@Stateless
public class BatchProbe {

    /**
     * Business dates far in the past, one fresh window per call, so runs never share a date or data. A window's
     * index counts days of the first {@value #DAYS_USED} of each month only, so a window never starts past the
     * 15th: a test's "one day later" plus whole months then never meets a month's end, where two dates collapse
     * into one (an FD opened on 30 August and one opened on 31 August both mature on 28 February).
     */
    private static final long DAYS_USED = 15;
    /** 240 months of index (2001–2020): nine windows of 400 before they come round again. */
    private static final long SPAN = 240 * DAYS_USED;
    private static final long BASE = Math.floorMod(System.nanoTime(), 400L);
    private static final AtomicLong WINDOW = new AtomicLong();

    @PersistenceContext
    EntityManager em;

    @EJB
    BatchOperations operations;

    /**
     * The start of a fresh window in 2001–2020, on the 1st to the 15th of a month, about 26 months before the next
     * (a test's data and run dates stay inside its window).
     */
    public static LocalDate freshDay0() {
        long index = (BASE + 400 * WINDOW.getAndIncrement()) % SPAN;
        return LocalDate.of(2001, 1, 1).plusMonths(index / DAYS_USED).plusDays(index % DAYS_USED);
    }

    public long entries(EventType type, String reference) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM journal_entry WHERE event_type = ? AND reference = ?")
                .setParameter(1, type.name()).setParameter(2, reference).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    public List<LocalDate> entryDates(EventType type, String reference) {
        return ((List<Object>) em.createNativeQuery("SELECT entry_date FROM journal_entry WHERE event_type = ? AND reference = ?"
                        + " ORDER BY id").setParameter(1, type.name()).setParameter(2, reference).getResultList())
                .stream().map(o -> o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o).toList();
    }

    /** A test-only count: {@code SELECT COUNT(*) ...} with positional parameters. */
    public long count(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    /** A test-only update (e.g. to make JBeret's repository look as a killed server left it). */
    public int update(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.executeUpdate();
    }

    /** A test-only single value as text. */
    public String text(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        Object o = q.getSingleResult();
        return o == null ? null : o.toString();
    }

    /** Waits (up to 10 s) for an asynchronous alert with this dedupe key to be queued; answers whether it was. */
    public boolean awaitNotification(String dedupeKey) throws InterruptedException {
        for (int i = 0; i < 40; i++) {
            if (count("SELECT COUNT(*) FROM notification WHERE dedupe_key = ?", dedupeKey) > 0) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    /** Waits for the execution to end and answers it as the operations list shows it. */
    public ExecutionRow await(long executionId) throws InterruptedException {
        ExecutionRow row = operations.execution(executionId, TestData.ACCOUNTANT);
        for (int i = 0; i < 240 && (row.running() || "STARTING".equals(row.status())); i++) {
            Thread.sleep(250);
            row = operations.execution(executionId, TestData.ACCOUNTANT);
        }
        assertTrue(!row.running(), "execution " + executionId + " still " + row.status());
        return row;
    }

    /** Starts the job straight through JBeret, around the once-per-date guard (as a second server's bug would). */
    public long startBypassingGuard(String jobName, LocalDate businessDate) {
        JobOperator jobs = BatchRuntime.getJobOperator();
        Properties p = new Properties();
        p.setProperty("businessDate", businessDate.toString());
        return jobs.start(jobName, p);
    }

    /** Waits for an execution started around the guard; answers its batch status, exit status and counts. */
    public String awaitRaw(long executionId) throws InterruptedException {
        JobOperator jobs = BatchRuntime.getJobOperator();
        for (int i = 0; i < 240; i++) {
            String s = jobs.getJobExecution(executionId).getBatchStatus().name();
            if (s.equals("COMPLETED") || s.equals("FAILED") || s.equals("STOPPED") || s.equals("ABANDONED")) {
                StringBuilder b = new StringBuilder(s);
                jobs.getStepExecutions(executionId).forEach(st -> {
                    for (var m : st.getMetrics()) {
                        b.append(' ').append(m.getType()).append('=').append(m.getValue());
                    }
                });
                return b.toString();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("execution " + executionId + " did not end");
    }
}
