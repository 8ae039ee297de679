package org.coopbank.nightly;

import java.util.Arrays;
import org.coopbank.shared.NotFoundException;

/** The nightly jobs run once per business date; {@link #jobName()} is the Jakarta Batch job id (its XML's name). */
public enum NightlyJob {
    FD_MATURITY("fd-maturity"),
    EMI_OVERDUE("emi-overdue"),
    EMI_REMINDERS("emi-reminders"),
    STANDING_INSTRUCTIONS("standing-instructions"),
    /** Quarter-end business dates only (31 Mar, 30 Jun, 30 Sep, 31 Dec). */
    INTEREST_POSTING("interest-posting"),
    LEDGER_INTEGRITY("ledger-integrity"),
    /** Hourly (and on demand): one run per business date and hour ({@link #runSlot}). */
    LOAN_DISBURSEMENT("loan-disbursement", true),
    /** Rebuilds schedules after floating-rate changes, builds missing ones. */
    EMI_SCHEDULE("emi-schedule");

    private final String jobName;
    private final boolean hourly;

    NightlyJob(String jobName) {
        this(jobName, false);
    }

    NightlyJob(String jobName, boolean hourly) {
        this.jobName = jobName;
        this.hourly = hourly;
    }

    /** Runs several times a day: its once-guard is per business date and hour, not per date. */
    public boolean hourly() {
        return hourly;
    }

    /**
     * The slot of the once-guard ({@code batch_job_run.run_slot}) for a run requested at {@code at}: empty for the
     * daily jobs (once per date), the hour of the day in Asia/Kolkata ({@code HH}) for an hourly one.
     */
    public String runSlot(java.time.Instant at) {
        return hourly ? String.format("%02d", at.atZone(org.coopbank.shared.BusinessClock.ZONE).getHour()) : "";
    }

    public String jobName() {
        return jobName;
    }

    public static NightlyJob byName(String jobName) {
        return Arrays.stream(values()).filter(j -> j.jobName.equals(jobName)).findFirst()
                .orElseThrow(() -> new NotFoundException("No nightly job " + jobName));
    }
}
