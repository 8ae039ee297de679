package org.coopbank.batch.integrity;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.coopbank.ledger.IntegrityReport;
import org.coopbank.ledger.LedgerReports;

@Named
@Dependent
public class LedgerIntegrityBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(LedgerIntegrityBatchlet.class.getName());

    @Inject
    LedgerReports reports;

    @Inject
    JobContext job;

    @Override
    public String process() {
        IntegrityReport report = reports.check();
        if (report.isClean()) {
            job.setExitStatus("CLEAN: " + report.journalEntries() + " journal entries checked");
            LOG.info(job.getExitStatus());
            return BatchStatus.COMPLETED.name();
        }
        String problems = String.join("; ", report.problems());
        job.setExitStatus("PROBLEMS: " + problems);
        LOG.severe("Ledger integrity problems: " + problems);
        throw new IllegalStateException("Ledger integrity problems: " + problems);
    }
}
