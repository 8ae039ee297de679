package org.coopbank.batch.operations;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One execution of a nightly run, for the operations screen: JBeret's status and step metrics (summed over the
 * job's steps), the business date it ran for, and why it failed. {@code restartable}: the latest execution of its
 * run, FAILED or STOPPED. {@code total}: the items this execution had to read when it opened (counted by the
 * chunk step's reader; -1 when not known, e.g. a batchlet), for the progress bar.
 */
public record ExecutionRow(long executionId, String jobName, LocalDate businessDate, String status, String exitStatus,
                           Instant start, Instant end, long read, long written, long filtered, long skipped,
                           String failureReason, boolean restartable, String startedBy, long total)
        implements Serializable {

    /** Items read against the total, 0–100; -1 when the total is not known. */
    public int progress() {
        if (total < 0) {
            return -1;
        }
        if (total == 0) {
            return 100;
        }
        return (int) Math.min(100, read * 100 / total);
    }

    public boolean running() {
        return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
    }
}
