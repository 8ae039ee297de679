package org.coopbank.nightly;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of {@code batch_job_run}: the job started once for a business date (and slot: the hour for an hourly job,
 * empty otherwise) and its latest execution.
 */
public record JobRun(String jobName, LocalDate businessDate, Long executionId, String startedBy, Instant requestedAt,
                     String slot) {
}
