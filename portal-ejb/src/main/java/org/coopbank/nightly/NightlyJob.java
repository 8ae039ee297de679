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
    LEDGER_INTEGRITY("ledger-integrity");

    private final String jobName;

    NightlyJob(String jobName) {
        this.jobName = jobName;
    }

    public String jobName() {
        return jobName;
    }

    public static NightlyJob byName(String jobName) {
        return Arrays.stream(values()).filter(j -> j.jobName.equals(jobName)).findFirst()
                .orElseThrow(() -> new NotFoundException("No nightly job " + jobName));
    }
}
