package org.coopbank.batch.operations;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.coopbank.account.DailyBalanceInterest;
import org.coopbank.batch.support.BusinessDates;
import org.coopbank.nightly.JobRun;
import org.coopbank.nightly.JobRuns;
import org.coopbank.nightly.NightlyJob;
import org.coopbank.nightly.Shard;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.DuplicateException;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.ValidationFailedException;
import org.coopbank.staff.StaffRole;

/**
 * Starts, restarts and lists the nightly jobs (superadmin, accountant, or the system's timers). A job runs once per
 * business date: {@link #start} first commits the (job, date) row of {@code batch_job_run}, whose primary key refuses
 * a second start for the date from any server on the database; a failed run is {@link #restart restarted} from its
 * last checkpoint. Runs outside any transaction: JBeret keeps its own records, and the reservation must be
 * committed before the job starts.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchOperations {

    @Inject
    JobRuns runs;

    @Inject
    BusinessClock clock;

    /** Starts {@code job} for {@code businessDate}; refused for a date after today or one already started. */
    public long start(NightlyJob job, LocalDate businessDate, Actor actor) {
        return start(job, businessDate, new Properties(), actor);
    }

    /** As {@link #start(NightlyJob, LocalDate, Actor)}, with extra job parameters (e.g. {@code chunkSize}). */
    public long start(NightlyJob job, LocalDate businessDate, Properties parameters, Actor actor) {
        requireOperator(actor);
        if (businessDate == null) {
            throw new ValidationFailedException("businessDate", "is required");
        }
        LocalDate today = clock.today();
        if (businessDate.isAfter(today)) {
            throw new ValidationFailedException("businessDate", "must not be after today's business date " + today);
        }
        if (job == NightlyJob.INTEREST_POSTING && !DailyBalanceInterest.isQuarterEnd(businessDate)) {
            throw new ValidationFailedException("businessDate", "interest-posting runs for a quarter end"
                    + " (31 Mar, 30 Jun, 30 Sep, 31 Dec), not " + businessDate);
        }
        String shards = parameters.getProperty("shards");
        if (shards != null && !shards.trim().matches("[1-" + Shard.MAX + "]")) {
            throw new ValidationFailedException("shards", "must be 1 to " + Shard.MAX + ", not " + shards);
        }
        String slot = job.runSlot(clock.now());
        if (job.hourly()) {
            refuseIfRunning(job);
        }
        try {
            runs.reserve(job, businessDate, slot, actor);
        } catch (DuplicateException e) {
            String where = runs.find(job, businessDate, slot).map(JobRun::executionId)
                    .map(id -> " (execution " + id + ", " + operator().getJobExecution(id).getBatchStatus() + ")")
                    .orElse("");
            throw new DuplicateException(e.getMessage() + where);
        }
        Properties p = new Properties();
        p.putAll(parameters);
        p.setProperty(BusinessDates.PARAMETER, businessDate.toString());
        long executionId;
        try {
            executionId = operator().start(job.jobName(), p);
        } catch (RuntimeException e) {
            runs.release(job, businessDate, slot);
            throw e;
        }
        runs.attach(job, businessDate, slot, executionId);
        return executionId;
    }

    /** Restarts a FAILED or STOPPED run from its last checkpoint; only the latest execution of a run restarts. */
    public long restart(long executionId, Actor actor) {
        requireOperator(actor);
        JobRun run = runs.byExecution(executionId).orElseThrow(() -> new InvalidStateException("Execution "
                + executionId + " is not the latest execution of a nightly run: restart the latest one"));
        BatchStatus status = operator().getJobExecution(executionId).getBatchStatus();
        if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
            throw new InvalidStateException("Execution " + executionId + " is " + status + "; only a failed or stopped"
                    + " run is restarted");
        }
        // the run's own parameters again (chunk size, shares: each step's checkpoint is a position in its share),
        // its business date over them
        Properties p = new Properties();
        Properties original = operator().getParameters(executionId);
        if (original != null) {
            p.putAll(original);
        }
        p.setProperty(BusinessDates.PARAMETER, run.businessDate().toString());
        long next = operator().restart(executionId, p);
        runs.attach(NightlyJob.byName(run.jobName()), run.businessDate(), run.slot(), next);
        return next;
    }

    /**
     * An hourly job's guard is per date and hour, so a run still going when the next hour's timer fires would not be
     * stopped by the key: it is refused here while JBeret's repository shows an execution of the job running (on any
     * server sharing the repository). Two servers firing the same hour still meet on the key.
     */
    private static void refuseIfRunning(NightlyJob job) {
        List<Long> running;
        try {
            running = operator().getRunningExecutions(job.jobName());
        } catch (jakarta.batch.operations.NoSuchJobException e) {
            return; // never run yet
        }
        if (!running.isEmpty()) {
            throw new DuplicateException(job.jobName() + " is running (execution " + running.get(0)
                    + "): the next run starts when it has finished");
        }
    }

    /** The executions of the latest {@code maxRuns} runs (restarts included), newest first. */
    public List<ExecutionRow> executions(int maxRuns, Actor actor) {
        requireOperator(actor);
        JobOperator jobs = operator();
        List<ExecutionRow> rows = new ArrayList<>();
        for (JobRun run : runs.latest(maxRuns)) {
            if (run.executionId() == null) {
                continue;
            }
            try {
                JobInstance instance = jobs.getJobInstance(run.executionId());
                for (JobExecution e : jobs.getJobExecutions(instance)) {
                    rows.add(row(jobs, run, e));
                }
            } catch (jakarta.batch.operations.JobSecurityException | jakarta.batch.operations.NoSuchJobExecutionException
                     | jakarta.batch.operations.NoSuchJobInstanceException e) {
                // JBeret's history of this run is gone (its tables purged): the run's row alone says nothing more
            }
        }
        rows.sort(Comparator.comparing(ExecutionRow::businessDate).reversed()
                .thenComparing(Comparator.comparingLong(ExecutionRow::executionId).reversed()));
        return rows;
    }

    /** One execution, as listed. */
    public ExecutionRow execution(long executionId, Actor actor) {
        requireOperator(actor);
        JobOperator jobs = operator();
        JobExecution e = jobs.getJobExecution(executionId);
        JobInstance instance = jobs.getJobInstance(executionId);
        long latest = jobs.getJobExecutions(instance).stream().mapToLong(JobExecution::getExecutionId).max().orElse(executionId);
        JobRun run = runs.byExecution(latest).orElseThrow(() -> new NotFoundException("Execution " + executionId
                + " is not a nightly run"));
        return row(jobs, run, e);
    }

    private static ExecutionRow row(JobOperator jobs, JobRun run, JobExecution e) {
        long read = 0;
        long written = 0;
        long filtered = 0;
        long skipped = 0;
        long total = -1;
        String stepReason = null;
        for (StepExecution s : jobs.getStepExecutions(e.getExecutionId())) {
            // a step of a split (the parallel shares) keeps its reason on itself: JBeret gives each flow of a split a
            // copy of the job's context, so what FailureReasonListener sets there does not reach the job's exit status
            if (stepReason == null && s.getBatchStatus() == BatchStatus.FAILED && s.getExitStatus() != null
                    && s.getExitStatus().startsWith("FAILED: ")) {
                stepReason = s.getExitStatus().substring(8);
            }
            if (s.getPersistentUserData() instanceof Long t) {
                total = Math.max(total, 0) + t;
            }
            for (Metric m : s.getMetrics()) {
                switch (m.getType()) {
                    case READ_COUNT -> read += m.getValue();
                    case WRITE_COUNT -> written += m.getValue();
                    case FILTER_COUNT -> filtered += m.getValue();
                    case READ_SKIP_COUNT, PROCESS_SKIP_COUNT, WRITE_SKIP_COUNT -> skipped += m.getValue();
                    default -> {
                    }
                }
            }
        }
        BatchStatus status = e.getBatchStatus();
        String exit = e.getExitStatus();
        String reason = status == BatchStatus.FAILED || status == BatchStatus.STOPPED
                ? (exit != null && exit.startsWith("FAILED: ") ? exit.substring(8) : stepReason != null ? stepReason : exit)
                : null;
        boolean restartable = (status == BatchStatus.FAILED || status == BatchStatus.STOPPED)
                && run.executionId() == e.getExecutionId();
        return new ExecutionRow(e.getExecutionId(), e.getJobName(), run.businessDate(), status.name(), exit,
                instant(e.getStartTime()), instant(e.getEndTime()), read, written, filtered, skipped, reason,
                restartable, run.startedBy(), total);
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }

    private static void requireOperator(Actor actor) {
        actor.requireStaffOrSystem(StaffRole.SUPERADMIN, StaffRole.ACCOUNTANT);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
