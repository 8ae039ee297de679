package org.coopbank.batch.operations;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One execution of a nightly run, for the operations screen: JBeret's status and step metrics (summed over the
 * job's steps), the business date it ran for, and why it failed. {@code restartable}: the latest execution of its
 * run, FAILED or STOPPED.
 */
public record ExecutionRow(long executionId, String jobName, LocalDate businessDate, String status, String exitStatus,
                           Instant start, Instant end, long read, long written, long filtered, long skipped,
                           String failureReason, boolean restartable, String startedBy) implements Serializable {

    public boolean running() {
        return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
    }
}
