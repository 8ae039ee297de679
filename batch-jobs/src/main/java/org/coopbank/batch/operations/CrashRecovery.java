package org.coopbank.batch.operations;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coopbank.nightly.JobRepositoryRepair;
import org.coopbank.shared.BusinessClock;

/**
 * At server start, before any job runs here, every execution JBeret's repository still shows as running was left so
 * by a crash (kill -9, power loss) of this server: it is marked FAILED (STOPPING ones STOPPED) with a reason, so the
 * operations screen offers the restart, which resumes from the last checkpoint (JobOperator.restart needs the last
 * execution not running). Nothing is restarted automatically: staff decide, after looking at why it stopped.
 * <p>
 * One server per job repository: a second server starting while the first runs a job would mark that live run FAILED.
 * On a cluster sharing the database set {@code COOPBANK_BATCH_BOOT_RECOVERY=false} (or the system property
 * {@code coopbank.batch.boot-recovery=false}) on every node but one.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CrashRecovery {

    private static final Logger LOG = Logger.getLogger(CrashRecovery.class.getName());

    @EJB
    JobRepositoryRepair repair;

    @Inject
    BusinessClock clock;

    @PostConstruct
    void atBoot() {
        String on = System.getProperty("coopbank.batch.boot-recovery", System.getenv("COOPBANK_BATCH_BOOT_RECOVERY"));
        if (on != null && !Boolean.parseBoolean(on.trim())) {
            LOG.info("Batch crash recovery at boot is off (COOPBANK_BATCH_BOOT_RECOVERY=false)");
            return;
        }
        try {
            recover();
        } catch (RuntimeException e) {
            // JBeret's tables are created at its first use on an empty database: nothing to recover then
            LOG.log(Level.INFO, "Batch crash recovery skipped: " + e.getMessage(), e);
        }
    }

    /** Marks every execution left running as ended; answers their ids. */
    public List<Long> recover() {
        List<Long> ids = repair.leftRunning();
        for (long id : ids) {
            if (repair.markEnded(id, clock.now())) {
                LOG.warning("Job execution " + id + " was left running by a crash: marked FAILED; restart it on the"
                        + " operations screen (/admin/ops/jobs)");
            }
        }
        return ids;
    }
}
