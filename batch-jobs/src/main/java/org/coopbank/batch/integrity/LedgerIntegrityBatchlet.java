package org.coopbank.batch.integrity;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import org.coopbank.batch.support.TestFaults;
import org.coopbank.ledger.IntegrityReport;
import org.coopbank.ledger.LedgerReports;
import org.coopbank.notification.StaffAlerts;
import org.coopbank.staff.StaffRole;

/**
 * Checks the books; when they are not sound the job fails with the problems as exit status, and every superadmin and
 * accountant is alerted (once per business date and user).
 */
@Named
@Dependent
public class LedgerIntegrityBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(LedgerIntegrityBatchlet.class.getName());

    @Inject
    LedgerReports reports;

    @Inject
    StaffAlerts staffAlerts;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty(name = "businessDate")
    String businessDate;

    @Override
    public String process() {
        IntegrityReport report = reports.check();
        List<String> problems = new ArrayList<>(report.problems());
        if (TestFaults.poisoned("ledger-integrity", 0)) {
            problems.add("Injected test failure");
        }
        if (problems.isEmpty()) {
            job.setExitStatus("CLEAN: " + report.journalEntries() + " journal entries checked");
            LOG.info(job.getExitStatus());
            return BatchStatus.COMPLETED.name();
        }
        String text = String.join("; ", problems);
        job.setExitStatus("PROBLEMS: " + (text.length() > 500 ? text.substring(0, 500) : text));
        LOG.severe("Ledger integrity problems: " + text);
        String date = businessDate == null || businessDate.isBlank() ? "execution-" + job.getExecutionId() : businessDate;
        staffAlerts.alert(EnumSet.of(StaffRole.SUPERADMIN, StaffRole.ACCOUNTANT), "ledger-integrity-" + date,
                "Ledger integrity check FAILED for " + date,
                "The nightly ledger integrity check for the business date " + date + " (execution " + job.getExecutionId()
                        + ") found the books not sound:\n\n" + text + "\n\nNo nightly posting fixes this on its own:"
                        + " please look at the accountant's integrity report before the day opens.");
        throw new IllegalStateException("Ledger integrity problems: " + text);
    }
}
