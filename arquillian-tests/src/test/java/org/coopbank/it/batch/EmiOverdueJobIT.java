package org.coopbank.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.coopbank.account.BankAccount;
import org.coopbank.batch.operations.BatchOperations;
import org.coopbank.batch.operations.ExecutionRow;
import org.coopbank.batch.support.TestFaults;
import org.coopbank.it.Deployments;
import org.coopbank.it.LedgerAssertions;
import org.coopbank.it.TestData;
import org.coopbank.ledger.EventType;
import org.coopbank.ledger.LedgerReports;
import org.coopbank.loan.InstallmentStatus;
import org.coopbank.loan.Loan;
import org.coopbank.loan.LoanInstallment;
import org.coopbank.loan.LoanService;
import org.coopbank.nightly.NightlyItems;
import org.coopbank.nightly.NightlyJob;
import org.coopbank.nightly.Shard;
import org.coopbank.settings.SettingsService;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.DuplicateException;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.Money;
import org.coopbank.shared.ValidationFailedException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The emi-overdue job on a few loans of its own, each test in its own window of past business dates. */
@ExtendWith(ArquillianExtension.class)
class EmiOverdueJobIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(EmiOverdueJobIT.class, BatchProbe.class);
    }

    @EJB
    BatchOperations operations;

    @Inject
    BatchProbe probe;

    @Inject
    NightlyItems items;

    @Inject
    LoanService loans;

    @Inject
    SettingsService settings;

    @Inject
    TestData data;

    @Inject
    LedgerReports reports;

    @Inject
    BusinessClock clock;

    @Inject
    org.coopbank.audit.AuditService audit;

    @AfterEach
    void booksStaySound() {
        System.clearProperty(TestFaults.POISON);
        clock.unpin();
        LedgerAssertions.assertBooksSound(reports, clock);
    }

    private Loan disbursedOn(LocalDate day, String name) {
        clock.pin(day);
        try {
            BankAccount a = data.savingsWith(name, "1000.00");
            Loan l = loans.apply(new LoanService.Application(a.customer().id(), a.id(), new BigDecimal("60000"),
                    new BigDecimal("12"), 12, "Batch test"), TestData.CLERK);
            loans.approve(l.id(), TestData.MANAGER);
            return loans.disburse(l.id(), TestData.MANAGER);
        } finally {
            clock.unpin();
        }
    }

    /** {@code count} loans disbursed on {@code day}, named {@code name 0}, {@code name 1}, ... */
    private List<Loan> disbursedOn(LocalDate day, String name, int count) {
        List<Loan> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            made.add(disbursedOn(day, name + " " + i));
        }
        return made;
    }

    /** Penal interest on the first instalment's principal from due date + grace to {@code through}, rounded once. */
    private Money expectedPenalty(LoanInstallment first, LocalDate through) {
        long days = ChronoUnit.DAYS.between(first.dueDate().plusDays(settings.graceDays()), through);
        return Money.of(first.principalDue().amount().multiply(settings.penalRate()).multiply(BigDecimal.valueOf(days))
                .divide(new BigDecimal("36500"), 2, RoundingMode.HALF_UP));
    }

    private LoanInstallment first(Loan l) {
        return loans.schedule(l.id()).get(0);
    }

    @Test
    void chargesPenalInterestOnce_andASecondRunForTheDateChangesNothing() throws Exception {
        LocalDate day0 = BatchProbe.freshDay0();
        List<Loan> mine = disbursedOn(day0, "Overdue Once", 3);
        LocalDate due = first(mine.get(0)).dueDate();
        LocalDate date = due.plusDays(settings.graceDays() + 10);
        Properties p = new Properties();
        p.setProperty("chunkSize", "2");
        ExecutionRow run = probe.await(operations.start(NightlyJob.EMI_OVERDUE, date, p, TestData.ACCOUNTANT));
        assertEquals("COMPLETED", run.status(), run.exitStatus());
        assertEquals(date, run.businessDate());
        assertTrue(run.written() >= 3, "written " + run.written());
        for (Loan l : mine) {
            LoanInstallment i = first(l);
            assertEquals(InstallmentStatus.OVERDUE, i.status());
            assertEquals(expectedPenalty(i, date), i.penaltyDue());
            assertTrue(i.penaltyDue().isPositive());
            assertEquals(InstallmentStatus.PENDING, loans.schedule(l.id()).get(1).status());
            assertEquals(1, probe.entries(EventType.PENAL_INTEREST, l.loanNumber()));
            assertEquals(List.of(date), probe.entryDates(EventType.PENAL_INTEREST, l.loanNumber()));
        }

        // the launcher refuses the date again; a run around it (JBeret directly) reads the loans (still overdue) and its
        // chunks find every one done by its key: nothing is charged or posted again
        DuplicateException again = assertThrows(DuplicateException.class,
                () -> operations.start(NightlyJob.EMI_OVERDUE, date, TestData.ACCOUNTANT));
        assertTrue(again.getMessage().contains("already started"), again.getMessage());
        long itemsDone = items.doneCount(NightlyJob.EMI_OVERDUE, date);
        String raw = probe.awaitRaw(probe.startBypassingGuard("emi-overdue", date));
        assertTrue(raw.startsWith("COMPLETED") && raw.contains("ROLLBACK_COUNT=0"), raw);
        assertEquals(itemsDone, items.doneCount(NightlyJob.EMI_OVERDUE, date));
        for (Loan l : mine) {
            assertEquals(1, probe.entries(EventType.PENAL_INTEREST, l.loanNumber()));
            assertEquals(expectedPenalty(first(l), date), first(l).penaltyDue());
        }
    }

    /**
     * The chunk loads only the instalments that can accrue (unsettled, due before the grace cutoff): an overdue instalment
     * paid off with its penalty is left as it is, the one still overdue is charged from where the repayment brought it,
     * and the audit record's totals are still those of the whole schedule (the paid instalment's penalty included).
     */
    @Test
    void aPaidOffInstalmentIsLeftAlone_theOneStillOverdueIsCharged_andTheAuditTotalsTheWholeSchedule() throws Exception {
        LocalDate day0 = BatchProbe.freshDay0();
        Loan l = disbursedOn(day0, "Overdue Part Paid");
        List<LoanInstallment> schedule = loans.schedule(l.id());
        LoanInstallment first = schedule.get(0);
        LoanInstallment second = schedule.get(1);
        LocalDate repaid = second.dueDate().plusDays(settings.graceDays() + 3);
        LocalDate night = repaid.plusDays(10);
        assertTrue(night.isBefore(clock.today()));
        // on the repayment day both are overdue; the payment covers the first with its penalty, nothing of the second
        Money firstInFull = first.principalDue().plus(first.interestDue()).plus(expectedPenalty(first, repaid));
        clock.pin(repaid);
        try {
            loans.repay(l.id(), firstInFull.amount(), org.coopbank.loan.RepaymentChannel.CASH, "RCPT-PART",
                    TestData.CASHIER);
        } finally {
            clock.unpin();
        }
        assertEquals(InstallmentStatus.PAID, loans.schedule(l.id()).get(0).status());
        Money secondAtRepayment = loans.schedule(l.id()).get(1).penaltyDue();
        assertEquals(expectedPenalty(second, repaid), secondAtRepayment);

        ExecutionRow run = probe.await(operations.start(NightlyJob.EMI_OVERDUE, night, TestData.ACCOUNTANT));
        assertEquals("COMPLETED", run.status(), run.exitStatus());
        List<LoanInstallment> after = loans.schedule(l.id());
        assertEquals(InstallmentStatus.PAID, after.get(0).status());
        assertEquals(expectedPenalty(first, repaid), after.get(0).penaltyDue(), "the paid instalment is not charged");
        assertEquals(repaid, after.get(0).penaltyAccruedTo());
        assertEquals(InstallmentStatus.OVERDUE, after.get(1).status());
        assertEquals(expectedPenalty(second, night), after.get(1).penaltyDue());
        // the repayment brought both up to its day (an entry then), the night added the second's days since
        assertEquals(List.of(repaid, night), probe.entryDates(EventType.PENAL_INTEREST, l.loanNumber()));

        Money before = expectedPenalty(first, repaid).plus(secondAtRepayment);
        Money total = expectedPenalty(first, repaid).plus(expectedPenalty(second, night));
        org.coopbank.audit.AuditRecord charge = audit.forEntity("Loan", l.id()).stream()
                .filter(r -> r.action().equals("loan.penal-interest")).reduce((x, y) -> y).orElseThrow();
        assertTrue(charge.before().contains("\"" + before + "\""), charge.before() + " / expected " + before);
        assertTrue(charge.after().contains("\"" + total + "\""), charge.after() + " / expected " + total);
    }

    @Test
    void lateRunForAPastDate_chargesUpToThatDateOnly_andTheNextDateAddsTheRest() throws Exception {
        LocalDate day0 = BatchProbe.freshDay0();
        Loan l = disbursedOn(day0, "Overdue Late");
        LocalDate due = first(l).dueDate();
        LocalDate missed = due.plusDays(settings.graceDays() + 5);
        LocalDate next = missed.plusDays(7);
        assertTrue(missed.isBefore(clock.today()));

        ExecutionRow late = probe.await(operations.start(NightlyJob.EMI_OVERDUE, missed, TestData.SUPERADMIN));
        assertEquals("COMPLETED", late.status(), late.exitStatus());
        Money throughMissed = first(l).penaltyDue();
        assertEquals(expectedPenalty(first(l), missed), throughMissed);

        ExecutionRow following = probe.await(operations.start(NightlyJob.EMI_OVERDUE, next, TestData.ACCOUNTANT));
        assertEquals("COMPLETED", following.status(), following.exitStatus());
        assertEquals(expectedPenalty(first(l), next), first(l).penaltyDue());
        assertEquals(List.of(missed, next), probe.entryDates(EventType.PENAL_INTEREST, l.loanNumber()));
    }

    @Test
    void failureMidChunk_thenRestart_finishesTheRest_andChargesNothingTwice() throws Exception {
        LocalDate day0 = BatchProbe.freshDay0();
        List<Loan> mine = disbursedOn(day0, "Overdue Restart", 5);
        LocalDate date = first(mine.get(0)).dueDate().plusDays(settings.graceDays() + 20);
        // where the poisoned loan (our 4th) stands among every loan overdue that day, and a chunk size that puts it
        // second in its chunk: the chunk before it commits, then the chunk of our 3rd and 4th fails and rolls back whole
        List<Long> all = items.overdueLoanIds(date, 0, 100_000);
        long poisoned = mine.get(3).id();
        int at = all.indexOf(poisoned);
        assertTrue(at >= 3, "poisoned loan at " + at + " of " + all);
        int chunk = at - 1;
        Properties p = new Properties();
        p.setProperty("chunkSize", String.valueOf(chunk));
        p.setProperty("shards", "1"); // the chunk arithmetic above is over all the loans in one share

        System.setProperty(TestFaults.POISON, "emi-overdue:" + poisoned);
        ExecutionRow failed = probe.await(operations.start(NightlyJob.EMI_OVERDUE, date, p, TestData.ACCOUNTANT));
        assertEquals("FAILED", failed.status());
        assertNotNull(failed.failureReason());
        assertTrue(failed.failureReason().contains("Injected test failure"), failed.failureReason());
        assertTrue(failed.restartable());
        for (int i = 0; i < 2; i++) {
            assertEquals(1, probe.entries(EventType.PENAL_INTEREST, mine.get(i).loanNumber()), "loan " + i);
        }
        for (int i = 2; i < 5; i++) {
            assertEquals(0, probe.entries(EventType.PENAL_INTEREST, mine.get(i).loanNumber()), "rolled back: loan " + i);
        }
        LedgerAssertions.assertBooksSound(reports, clock);

        System.clearProperty(TestFaults.POISON);
        assertThrows(DuplicateException.class, () -> operations.start(NightlyJob.EMI_OVERDUE, date, TestData.ACCOUNTANT));
        ExecutionRow restarted = probe.await(operations.restart(failed.executionId(), TestData.ACCOUNTANT));
        assertEquals("COMPLETED", restarted.status(), restarted.exitStatus());
        assertEquals(date, restarted.businessDate());
        assertEquals(3, restarted.read(), "from the checkpoint: our 3rd, 4th and 5th loans");
        assertEquals(3, restarted.written(), "our 3rd, 4th and 5th loans");
        for (Loan l : mine) {
            assertEquals(1, probe.entries(EventType.PENAL_INTEREST, l.loanNumber()), l.loanNumber());
            assertEquals(expectedPenalty(first(l), date), first(l).penaltyDue());
        }
        // the failed execution is no longer the run's latest: it cannot be restarted again, nor the completed one
        assertThrows(InvalidStateException.class, () -> operations.restart(failed.executionId(), TestData.ACCOUNTANT));
        assertThrows(InvalidStateException.class, () -> operations.restart(restarted.executionId(), TestData.ACCOUNTANT));
        List<ExecutionRow> listed = operations.executions(50, TestData.SUPERADMIN).stream()
                .filter(r -> r.businessDate().equals(date) && r.jobName().equals("emi-overdue")).toList();
        assertEquals(List.of("COMPLETED", "FAILED"), listed.stream().map(ExecutionRow::status).toList());
        assertTrue(listed.stream().noneMatch(ExecutionRow::restartable));
    }

    @Test
    void failureInOneShare_theOtherShareFinishes_andTheRestartDoesTheRestOnce() throws Exception {
        LocalDate day0 = BatchProbe.freshDay0();
        List<Loan> mine = disbursedOn(day0, "Overdue Shares", 6);
        assertTrue(mine.stream().anyMatch(l -> l.id() % 2 == 0) && mine.stream().anyMatch(l -> l.id() % 2 == 1),
                "loans in both shares: " + mine.stream().map(Loan::id).toList());
        LocalDate date = first(mine.get(0)).dueDate().plusDays(settings.graceDays() + 15);
        Loan poisoned = mine.get(4);
        long failingShare = poisoned.id() % 2;
        System.setProperty(TestFaults.POISON, "emi-overdue:" + poisoned.id());
        // the default: two shares (even and odd ids) in parallel steps
        ExecutionRow failed = probe.await(operations.start(NightlyJob.EMI_OVERDUE, date, TestData.ACCOUNTANT));
        assertEquals("FAILED", failed.status());
        assertTrue(String.valueOf(failed.failureReason()).contains("Injected test failure"), failed.failureReason());
        assertTrue(failed.restartable());
        for (Loan l : mine) {
            if (l.id() % 2 != failingShare) {
                assertEquals(1, probe.entries(EventType.PENAL_INTEREST, l.loanNumber()), "other share done: " + l.id());
            }
        }
        assertEquals(0, probe.entries(EventType.PENAL_INTEREST, poisoned.loanNumber()), "rolled back with its chunk");
        LedgerAssertions.assertBooksSound(reports, clock);

        System.clearProperty(TestFaults.POISON);
        ExecutionRow restarted = probe.await(operations.restart(failed.executionId(), TestData.ACCOUNTANT));
        assertEquals("COMPLETED", restarted.status(), restarted.exitStatus());
        for (Loan l : mine) {
            assertEquals(1, probe.entries(EventType.PENAL_INTEREST, l.loanNumber()), "charged once: " + l.id());
            assertEquals(expectedPenalty(first(l), date), first(l).penaltyDue(), "to the date: " + l.id());
            assertEquals(List.of(date), probe.entryDates(EventType.PENAL_INTEREST, l.loanNumber()));
        }
        // the completed share's step is not run again: only the failed share's loans are read on restart
        List<Long> failingShareIds = items.overdueLoanIds(date, 0, 100_000, new Shard((int) failingShare, 2));
        assertTrue(failingShareIds.contains(poisoned.id()));
        assertTrue(restarted.read() >= 1 && restarted.read() <= failingShareIds.size(),
                "read " + restarted.read() + " of the failed share's " + failingShareIds.size());
        assertTrue(failingShareIds.size() < items.overdueLoanIds(date, 0, 100_000).size());
    }

    @Test
    void shards_outsideOneToTwo_areRefused() {
        Properties p = new Properties();
        p.setProperty("shards", "3");
        assertThrows(ValidationFailedException.class,
                () -> operations.start(NightlyJob.EMI_OVERDUE, BatchProbe.freshDay0(), p, TestData.ACCOUNTANT));
    }

    @Test
    void launcher_refusesAFutureDate_andStaffWithoutTheRole() {
        assertThrows(ValidationFailedException.class,
                () -> operations.start(NightlyJob.EMI_OVERDUE, clock.today().plusDays(1), TestData.ACCOUNTANT));
        assertThrows(org.coopbank.shared.AccessDeniedException.class,
                () -> operations.start(NightlyJob.EMI_OVERDUE, BatchProbe.freshDay0(), TestData.CLERK));
    }
}
