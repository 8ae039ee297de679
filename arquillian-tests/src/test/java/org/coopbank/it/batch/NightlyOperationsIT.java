package org.coopbank.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coopbank.batch.operations.BatchOperations;
import org.coopbank.batch.operations.CrashRecovery;
import org.coopbank.batch.operations.ExecutionRow;
import org.coopbank.batch.support.TestFaults;
import org.coopbank.branch.BranchService;
import org.coopbank.it.Deployments;
import org.coopbank.it.LedgerAssertions;
import org.coopbank.it.TestData;
import org.coopbank.ledger.LedgerReports;
import org.coopbank.nightly.JobRepositoryRepair;
import org.coopbank.nightly.NightlyJob;
import org.coopbank.shared.BusinessClock;
import org.coopbank.staff.StaffRole;
import org.coopbank.staff.StaffService;
import org.coopbank.staff.StaffUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** ledger-integrity's staff alert, and the boot-time repair of executions a killed server left running. */
@ExtendWith(ArquillianExtension.class)
class NightlyOperationsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(NightlyOperationsIT.class, BatchProbe.class);
    }

    @EJB
    BatchOperations operations;

    @EJB
    CrashRecovery recovery;

    @Inject
    BatchProbe probe;

    @Inject
    StaffService staff;

    @Inject
    BranchService branches;

    @Inject
    LedgerReports reports;

    @Inject
    BusinessClock clock;

    @AfterEach
    void booksStaySound() {
        System.clearProperty(TestFaults.POISON);
        LedgerAssertions.assertBooksSound(reports, clock);
    }

    private StaffUser staffWith(StaffRole role, String email) {
        String username = "ops" + System.nanoTime() % 1_000_000_000L;
        return staff.create(new StaffService.NewStaff(username, "Ops " + role, email, branches.headOffice().id(),
                Set.of(role), JobsFixtureServlet.PASSWORD), TestData.SUPERADMIN);
    }

    @Test
    void ledgerIntegrityFailure_alertsSuperadminAndAccountant_notOtherStaff_andARestartRunsClean() throws Exception {
        StaffUser accountant = staffWith(StaffRole.ACCOUNTANT, "accountant" + System.nanoTime() + "@coopbank.test");
        StaffUser admin = staffWith(StaffRole.SUPERADMIN, "admin" + System.nanoTime() + "@coopbank.test");
        StaffUser clerk = staffWith(StaffRole.CLERK, "clerk" + System.nanoTime() + "@coopbank.test");
        LocalDate date = BatchProbe.freshDay0();
        System.setProperty(TestFaults.POISON, "ledger-integrity:0");
        ExecutionRow failed = probe.await(operations.start(NightlyJob.LEDGER_INTEGRITY, date, TestData.ACCOUNTANT));
        assertEquals("FAILED", failed.status());
        assertTrue(failed.exitStatus().contains("Injected test failure"), failed.exitStatus());
        String key = "ledger-integrity-" + date + "-";
        assertEquals(1, probe.count("SELECT COUNT(*) FROM notification WHERE dedupe_key = ? AND recipient = ?"
                + " AND customer_id IS NULL", key + accountant.id(), accountant.email()));
        assertEquals(1, probe.count("SELECT COUNT(*) FROM notification WHERE dedupe_key = ?", key + admin.id()));
        assertEquals(0, probe.count("SELECT COUNT(*) FROM notification WHERE dedupe_key = ?", key + clerk.id()));

        System.clearProperty(TestFaults.POISON);
        ExecutionRow clean = probe.await(operations.restart(failed.executionId(), TestData.ACCOUNTANT));
        assertEquals("COMPLETED", clean.status(), clean.exitStatus());
        assertTrue(clean.exitStatus().startsWith("CLEAN"), clean.exitStatus());
        assertEquals(1, probe.count("SELECT COUNT(*) FROM notification WHERE dedupe_key = ?", key + accountant.id()));
    }

    @Test
    void anExecutionLeftStartedByAKilledServer_isMarkedFailedAtBoot_andThenRestarts() throws Exception {
        LocalDate date = BatchProbe.freshDay0();
        System.setProperty(TestFaults.POISON, "ledger-integrity:0");
        ExecutionRow run = probe.await(operations.start(NightlyJob.LEDGER_INTEGRITY, date, TestData.ACCOUNTANT));
        System.clearProperty(TestFaults.POISON);
        // as a kill -9 leaves it: the execution and its step still STARTED in the repository, no end time
        probe.update("UPDATE JOB_EXECUTION SET BATCHSTATUS = 'STARTED', ENDTIME = NULL, EXITSTATUS = NULL"
                + " WHERE JOBEXECUTIONID = ?", run.executionId());
        probe.update("UPDATE STEP_EXECUTION SET BATCHSTATUS = 'STARTED', ENDTIME = NULL WHERE JOBEXECUTIONID = ?",
                run.executionId());

        List<Long> repaired = recovery.recover(); // what the @Startup bean does at boot
        assertTrue(repaired.contains(run.executionId()), repaired.toString());
        assertEquals("FAILED", probe.text("SELECT BATCHSTATUS FROM JOB_EXECUTION WHERE JOBEXECUTIONID = ?",
                run.executionId()));
        assertEquals(JobRepositoryRepair.CRASH_EXIT_STATUS, probe.text(
                "SELECT EXITSTATUS FROM JOB_EXECUTION WHERE JOBEXECUTIONID = ?", run.executionId()));
        assertEquals("FAILED", probe.text("SELECT BATCHSTATUS FROM STEP_EXECUTION WHERE JOBEXECUTIONID = ?",
                run.executionId()));
        assertEquals(0, probe.count("SELECT COUNT(*) FROM JOB_EXECUTION WHERE BATCHSTATUS IN ('STARTING', 'STARTED')"));

        ExecutionRow restarted = probe.await(operations.restart(run.executionId(), TestData.SUPERADMIN));
        assertEquals("COMPLETED", restarted.status(), restarted.exitStatus());
    }
}
