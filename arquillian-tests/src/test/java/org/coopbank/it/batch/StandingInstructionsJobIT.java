package org.coopbank.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.coopbank.account.AccountService;
import org.coopbank.account.AccountType;
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
import org.coopbank.nightly.NightlyJob;
import org.coopbank.nightly.StandingItems;
import org.coopbank.shared.AccessDeniedException;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.DuplicateException;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.Money;
import org.coopbank.shared.ValidationFailedException;
import org.coopbank.standing.StandingInstruction;
import org.coopbank.standing.StandingInstructionService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The standing-instructions job on instructions of its own (set up through the service, as a clerk would), each test
 * in its own window of past business dates; every instruction is stopped afterwards so later runs leave it alone.
 */
@ExtendWith(ArquillianExtension.class)
class StandingInstructionsJobIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(StandingInstructionsJobIT.class, BatchProbe.class);
    }

    @EJB
    BatchOperations operations;

    @Inject
    BatchProbe probe;

    @Inject
    StandingItems items;

    @Inject
    StandingInstructionService instructions;

    @Inject
    AccountService accounts;

    @Inject
    LoanService loans;

    @Inject
    TestData data;

    @Inject
    LedgerReports reports;

    @Inject
    BusinessClock clock;

    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void booksStaySound() {
        System.clearProperty(TestFaults.POISON);
        clock.unpin();
        for (long id : created) {
            if (instructions.get(id).status() != StandingInstruction.Status.STOPPED) {
                instructions.stop(id, TestData.CLERK);
            }
        }
        LedgerAssertions.assertBooksSound(reports, clock);
    }

    private Loan disbursedOn(LocalDate day, String name, String keepInAccount) {
        clock.pin(day);
        try {
            BankAccount a = data.savingsWith(name, "1000.00");
            Loan l = loans.apply(new LoanService.Application(a.customer().id(), a.id(), new BigDecimal("24000"),
                    new BigDecimal("12"), 12, "Standing instruction test"), TestData.CLERK);
            loans.approve(l.id(), TestData.MANAGER);
            l = loans.disburse(l.id(), TestData.MANAGER);
            BigDecimal out = accounts.get(a.id()).balance().amount().subtract(new BigDecimal(keepInAccount));
            if (out.signum() > 0) {
                accounts.withdraw(a.id(), out, "Spent", TestData.CASHIER);
            }
            created.add(instructions.createEmi(l.id(), TestData.CLERK).id());
            return l;
        } finally {
            clock.unpin();
        }
    }

    /** A customer with a savings and a current account, and a monthly transfer of 1,000 between them. */
    private StandingInstruction transferFrom(LocalDate day, String name, String balance, LocalDate first) {
        clock.pin(day);
        try {
            BankAccount s = data.savingsWith(name, balance);
            BankAccount c = accounts.open(s.customer().id(), AccountType.CURRENT, TestData.CLERK);
            StandingInstruction si = instructions.createTransfer(s.id(), c.id(), new BigDecimal("1000"),
                    StandingInstruction.Frequency.MONTHLY, first, TestData.CLERK);
            created.add(si.id());
            return si;
        } finally {
            clock.unpin();
        }
    }

    private LoanInstallment first(Loan l) {
        return loans.schedule(l.id()).get(0);
    }

    private long transfersIn(StandingInstruction si) {
        return probe.count("SELECT COUNT(*) FROM account_transaction WHERE account_id = ? AND txn_type = 'TRANSFER_IN'",
                si.toAccountId());
    }

    @Test
    void emiAutoDebit_paysWhatTheBalanceAllows_theRestStaysDue_andTheCustomerIsTold() throws Exception {
        LocalDate day0 = BatchProbe.freshDay0();
        Loan rich = disbursedOn(day0, "SI Rich", "30000");
        Loan poor = disbursedOn(day0, "SI Poor", "700");
        LocalDate due = first(rich).dueDate();
        Money emi = first(poor).outstanding();

        ExecutionRow run = probe.await(operations.start(NightlyJob.STANDING_INSTRUCTIONS, due, TestData.ACCOUNTANT));
        assertEquals("COMPLETED", run.status(), run.exitStatus());
        assertEquals(InstallmentStatus.PAID, first(rich).status());
        assertEquals(1, probe.entries(EventType.LOAN_REPAYMENT, rich.loanNumber()));
        assertEquals(List.of(due), probe.entryDates(EventType.LOAN_REPAYMENT, rich.loanNumber()));
        // the poor one: 700 taken, the rest still due, the account emptied (never overdrawn), the customer told
        assertEquals(InstallmentStatus.PARTIALLY_PAID, first(poor).status());
        assertEquals(emi.minus(Money.of("700.00")), first(poor).outstanding());
        assertEquals(Money.ZERO, accounts.get(poor.account().id()).balance());
        long siPoor = created.get(1);
        assertTrue(probe.awaitNotification("si-" + siPoor + "-" + due), "shortfall alert queued");

        // the same date again (around the guard): nothing more is debited
        assertThrows(DuplicateException.class,
                () -> operations.start(NightlyJob.STANDING_INSTRUCTIONS, due, TestData.ACCOUNTANT));
        String raw = probe.awaitRaw(probe.startBypassingGuard("standing-instructions", due));
        assertTrue(raw.startsWith("COMPLETED") && raw.contains("WRITE_COUNT=0"), raw);
        assertEquals(1, probe.entries(EventType.LOAN_REPAYMENT, rich.loanNumber()));
        assertEquals(1, probe.entries(EventType.LOAN_REPAYMENT, poor.loanNumber()));
    }

    @Test
    void recurringTransfer_onItsDate_andALateRunCatchesUpEachMissedOccurrenceOnce() throws Exception {
        LocalDate day0 = BatchProbe.freshDay0();
        LocalDate first = day0.plusDays(10);
        StandingInstruction si = transferFrom(day0, "SI Transfer", "10000.00", first);
        ExecutionRow run = probe.await(operations.start(NightlyJob.STANDING_INSTRUCTIONS, first, TestData.ACCOUNTANT));
        assertEquals("COMPLETED", run.status(), run.exitStatus());
        assertEquals(1, transfersIn(si));
        assertEquals(first.plusMonths(1), instructions.get(si.id()).nextDate());

        // two occurrences missed: a late run for a past date carries out both, each once
        LocalDate late = first.plusMonths(2).plusDays(3);
        ExecutionRow catchUp = probe.await(operations.start(NightlyJob.STANDING_INSTRUCTIONS, late, TestData.SUPERADMIN));
        assertEquals("COMPLETED", catchUp.status(), catchUp.exitStatus());
        assertEquals(3, transfersIn(si));
        assertEquals(first.plusMonths(3), instructions.get(si.id()).nextDate());
        assertEquals(Money.of("7000.00"), accounts.get(si.fromAccountId()).balance());
        assertEquals(Money.of("3000.00"), accounts.get(si.toAccountId()).balance());

        // a stopped instruction does nothing
        instructions.stop(si.id(), TestData.CLERK);
        ExecutionRow after = probe.await(operations.start(NightlyJob.STANDING_INSTRUCTIONS, first.plusMonths(3),
                TestData.ACCOUNTANT));
        assertEquals("COMPLETED", after.status(), after.exitStatus());
        assertEquals(3, transfersIn(si));
    }

    @Test
    void aPausedTransfer_isLeftAlone_resumingSkipsTheDatesThatPassed_once_andItRunsAgainFromTheNext() throws Exception {
        LocalDate day0 = BatchProbe.freshDay0();
        LocalDate first = day0.plusDays(5);
        StandingInstruction si = transferFrom(day0, "SI Paused Transfer", "10000.00", first);
        instructions.pause(si.id(), TestData.CLERK);
        assertThrows(InvalidStateException.class, () -> instructions.pause(si.id(), TestData.CLERK), "already paused");
        for (LocalDate d : List.of(first, first.plusMonths(1))) {
            ExecutionRow run = probe.await(operations.start(NightlyJob.STANDING_INSTRUCTIONS, d, TestData.ACCOUNTANT));
            assertEquals("COMPLETED", run.status(), run.exitStatus());
        }
        assertEquals(0, transfersIn(si), "nothing moved while paused");
        assertEquals(Money.of("10000.00"), accounts.get(si.fromAccountId()).balance());
        assertEquals(first, instructions.get(si.id()).nextDate(), "the date waits while paused");

        // resumed the day after the third date: the three dates passed are skipped, not made up
        clock.pin(first.plusMonths(2).plusDays(1));
        try {
            StandingInstruction resumed = instructions.resume(si.id(), TestData.CLERK);
            assertEquals(StandingInstruction.Status.ACTIVE, resumed.status());
            assertEquals(first.plusMonths(3), resumed.nextDate());
        } finally {
            clock.unpin();
        }
        assertThrows(InvalidStateException.class, () -> instructions.resume(si.id(), TestData.CLERK), "not paused");
        assertEquals(1, probe.count("SELECT COUNT(*) FROM audit_log WHERE action = 'standing-instruction.resume'"
                + " AND entity_id = ? AND after_state LIKE '%\"skipped\":3%'", String.valueOf(si.id())), "audited, with what was skipped");
        ExecutionRow late = probe.await(operations.start(NightlyJob.STANDING_INSTRUCTIONS, first.plusMonths(2).plusDays(2),
                TestData.ACCOUNTANT));
        assertEquals("COMPLETED", late.status(), late.exitStatus());
        assertEquals(0, transfersIn(si), "a skipped date is not made up by a later run");
        ExecutionRow next = probe.await(operations.start(NightlyJob.STANDING_INSTRUCTIONS, first.plusMonths(3),
                TestData.ACCOUNTANT));
        assertEquals("COMPLETED", next.status(), next.exitStatus());
        assertEquals(1, transfersIn(si));
        assertEquals(Money.of("9000.00"), accounts.get(si.fromAccountId()).balance());
        assertEquals(first.plusMonths(4), instructions.get(si.id()).nextDate());

        // a paused one can be stopped for good, and then neither resumed nor paused
        instructions.pause(si.id(), TestData.CLERK);
        assertEquals(StandingInstruction.Status.STOPPED, instructions.stop(si.id(), TestData.CLERK).status());
        assertThrows(InvalidStateException.class, () -> instructions.resume(si.id(), TestData.CLERK));
        assertThrows(InvalidStateException.class, () -> instructions.pause(si.id(), TestData.CLERK));
    }

    @Test
    void aPausedEmiAutoDebit_paysNothing_blocksASecondOne_andOnceResumedPaysAllThatIsDue() throws Exception {
        LocalDate day0 = BatchProbe.freshDay0();
        Loan l = disbursedOn(day0, "SI Paused EMI", "30000");
        long siId = created.get(created.size() - 1);
        instructions.pause(siId, TestData.CLERK);
        assertThrows(DuplicateException.class, () -> instructions.createEmi(l.id(), TestData.CLERK),
                "a paused auto-debit still covers the loan");
        LocalDate due1 = loans.schedule(l.id()).get(0).dueDate();
        LocalDate due2 = loans.schedule(l.id()).get(1).dueDate();
        ExecutionRow run = probe.await(operations.start(NightlyJob.STANDING_INSTRUCTIONS, due1, TestData.ACCOUNTANT));
        assertEquals("COMPLETED", run.status(), run.exitStatus());
        assertEquals(0, probe.entries(EventType.LOAN_REPAYMENT, l.loanNumber()), "nothing debited while paused");

        instructions.resume(siId, TestData.CLERK);
        ExecutionRow then = probe.await(operations.start(NightlyJob.STANDING_INSTRUCTIONS, due2, TestData.ACCOUNTANT));
        assertEquals("COMPLETED", then.status(), then.exitStatus());
        List<LoanInstallment> s = loans.schedule(l.id());
        assertEquals(InstallmentStatus.PAID, s.get(0).status(), "the instalment missed while paused, paid once resumed");
        assertEquals(InstallmentStatus.PAID, s.get(1).status());
        assertEquals(List.of(due2), probe.entryDates(EventType.LOAN_REPAYMENT, l.loanNumber()));
    }

    @Test
    void transferTheBalanceDoesNotCover_isMissedAndTold_notPartlyMade() throws Exception {
        LocalDate day0 = BatchProbe.freshDay0();
        LocalDate first = day0.plusDays(5);
        StandingInstruction si = transferFrom(day0, "SI Short", "400.00", first);
        ExecutionRow run = probe.await(operations.start(NightlyJob.STANDING_INSTRUCTIONS, first, TestData.ACCOUNTANT));
        assertEquals("COMPLETED", run.status(), run.exitStatus());
        assertEquals(0, transfersIn(si));
        assertEquals(Money.of("400.00"), accounts.get(si.fromAccountId()).balance());
        assertEquals(first.plusMonths(1), instructions.get(si.id()).nextDate());
        assertTrue(probe.awaitNotification("si-" + si.id() + "-" + first), "missed transfer told");
    }

    @Test
    void setUpRules_sameCustomerOnly_andClerksOrTheCustomer() {
        LocalDate day0 = BatchProbe.freshDay0();
        clock.pin(day0);
        try {
            BankAccount a = data.savingsWith("SI Rules A", "100.00");
            BankAccount b = data.savingsWith("SI Rules B", "100.00");
            assertThrows(ValidationFailedException.class, () -> instructions.createTransfer(a.id(), b.id(),
                    new BigDecimal("10"), StandingInstruction.Frequency.WEEKLY, day0, TestData.CLERK));
            BankAccount a2 = accounts.open(a.customer().id(), AccountType.CURRENT, TestData.CLERK);
            assertThrows(AccessDeniedException.class, () -> instructions.createTransfer(a.id(), a2.id(),
                    new BigDecimal("10"), StandingInstruction.Frequency.WEEKLY, day0, TestData.CASHIER));
            assertThrows(ValidationFailedException.class, () -> instructions.createTransfer(a.id(), a2.id(),
                    new BigDecimal("10"), StandingInstruction.Frequency.WEEKLY, day0.minusDays(1), TestData.CLERK));
        } finally {
            clock.unpin();
        }
    }

    @Test
    void failureMidChunk_thenRestart_finishesTheRest_andMovesNothingTwice() throws Exception {
        LocalDate day0 = BatchProbe.freshDay0();
        LocalDate first = day0.plusDays(7);
        List<StandingInstruction> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(transferFrom(day0, "SI Restart " + i, "5000.00", first));
        }
        List<Long> all = items.ids(first, 0, 100_000);
        long poisoned = mine.get(3).id();
        int at = all.indexOf(poisoned);
        assertTrue(at >= 3, "poisoned instruction at " + at + " of " + all);
        Properties p = new Properties();
        p.setProperty("chunkSize", String.valueOf(at - 1));
        System.setProperty(TestFaults.POISON, "standing-instructions:" + poisoned);
        ExecutionRow failed = probe.await(operations.start(NightlyJob.STANDING_INSTRUCTIONS, first, p, TestData.ACCOUNTANT));
        assertEquals("FAILED", failed.status());
        assertTrue(failed.failureReason().contains("Injected test failure"), failed.failureReason());
        for (int i = 0; i < 3; i++) {
            assertEquals(1, transfersIn(mine.get(i)), "instruction " + i);
        }
        assertEquals(0, transfersIn(mine.get(3)));
        assertEquals(0, transfersIn(mine.get(4)));

        System.clearProperty(TestFaults.POISON);
        ExecutionRow restarted = probe.await(operations.restart(failed.executionId(), TestData.ACCOUNTANT));
        assertEquals("COMPLETED", restarted.status(), restarted.exitStatus());
        assertEquals(0, restarted.filtered(), "our 3rd, done before the failure, left the query (its next date moved on)");
        assertEquals(2, restarted.written(), "our 4th and 5th");
        for (StandingInstruction si : mine) {
            assertEquals(1, transfersIn(si));
            assertEquals(Money.of("4000.00"), accounts.get(si.fromAccountId()).balance());
        }
    }
}
