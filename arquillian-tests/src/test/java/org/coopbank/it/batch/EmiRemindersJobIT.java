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
import org.coopbank.account.BankAccount;
import org.coopbank.batch.operations.BatchOperations;
import org.coopbank.batch.operations.ExecutionRow;
import org.coopbank.batch.support.TestFaults;
import org.coopbank.it.Deployments;
import org.coopbank.it.LedgerAssertions;
import org.coopbank.it.TestData;
import org.coopbank.ledger.LedgerReports;
import org.coopbank.loan.Loan;
import org.coopbank.loan.LoanInstallment;
import org.coopbank.loan.LoanService;
import org.coopbank.nightly.NightlyJob;
import org.coopbank.nightly.ReminderItems;
import org.coopbank.settings.SettingsService;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.DuplicateException;
import org.coopbank.shared.InvalidStateException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The emi-reminders job on a few loans of its own, each test in its own window of past business dates. */
@ExtendWith(ArquillianExtension.class)
class EmiRemindersJobIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(EmiRemindersJobIT.class, BatchProbe.class);
    }

    @EJB
    BatchOperations operations;

    @Inject
    BatchProbe probe;

    @Inject
    ReminderItems items;

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
            Loan l = loans.apply(new LoanService.Application(a.customer().id(), a.id(), new BigDecimal("24000"),
                    new BigDecimal("12"), 12, "Reminder test"), TestData.CLERK);
            loans.approve(l.id(), TestData.MANAGER);
            return loans.disburse(l.id(), TestData.MANAGER);
        } finally {
            clock.unpin();
        }
    }

    private LoanInstallment first(Loan l) {
        return loans.schedule(l.id()).get(0);
    }

    private long reminders(LoanInstallment i, String kind) {
        return probe.count("SELECT COUNT(*) FROM notification WHERE dedupe_key = ?", "emi-reminder-" + i.id() + "-" + kind);
    }

    private long allReminders(LoanInstallment i) {
        return probe.count("SELECT COUNT(*) FROM notification WHERE dedupe_key LIKE ?", "emi-reminder-" + i.id() + "-%");
    }

    private int daysBefore() {
        return settings.intSetting(SettingsService.BATCH_REMINDER_DAYS_BEFORE);
    }

    @Test
    void remindsDueSoonThenOverdue_oncePerInstalmentAndKind_andASecondRunForTheDateChangesNothing() throws Exception {
        LocalDate day0 = BatchProbe.freshDay0();
        List<Loan> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(disbursedOn(day0, "Reminder Once " + i));
        }
        LocalDate due = first(mine.get(0)).dueDate();
        LocalDate soon = due.minusDays(daysBefore());
        Properties p = new Properties();
        p.setProperty("chunkSize", "2");
        ExecutionRow run = probe.await(operations.start(NightlyJob.EMI_REMINDERS, soon, p, TestData.ACCOUNTANT));
        assertEquals("COMPLETED", run.status(), run.exitStatus());
        assertTrue(run.written() >= 3, "written " + run.written());
        assertEquals(run.read(), run.total(), "the reader counted what it then read");
        assertEquals(100, run.progress());
        for (Loan l : mine) {
            LoanInstallment i = first(l);
            assertEquals(1, reminders(i, "due"), l.loanNumber());
            assertEquals(0, reminders(i, "overdue"), l.loanNumber());
            assertEquals(0, allReminders(loans.schedule(l.id()).get(1)), "the second instalment is not due yet");
        }

        // the next day is no reminder day for these instalments; the same date again (around the guard) does nothing
        ExecutionRow nextDay = probe.await(operations.start(NightlyJob.EMI_REMINDERS, soon.plusDays(1), TestData.ACCOUNTANT));
        assertEquals("COMPLETED", nextDay.status(), nextDay.exitStatus());
        DuplicateException again = assertThrows(DuplicateException.class,
                () -> operations.start(NightlyJob.EMI_REMINDERS, soon, TestData.ACCOUNTANT));
        assertTrue(again.getMessage().contains("already started"), again.getMessage());
        String raw = probe.awaitRaw(probe.startBypassingGuard("emi-reminders", soon));
        assertTrue(raw.startsWith("COMPLETED") && raw.contains("WRITE_COUNT=0"), raw);

        // overdue after the grace days: one overdue reminder, and later dates never repeat it
        LocalDate overdue = due.plusDays(settings.graceDays() + 1);
        ExecutionRow o = probe.await(operations.start(NightlyJob.EMI_REMINDERS, overdue, TestData.ACCOUNTANT));
        assertEquals("COMPLETED", o.status(), o.exitStatus());
        ExecutionRow later = probe.await(operations.start(NightlyJob.EMI_REMINDERS, overdue.plusDays(5), TestData.ACCOUNTANT));
        assertEquals("COMPLETED", later.status(), later.exitStatus());
        for (Loan l : mine) {
            LoanInstallment i = first(l);
            assertEquals(1, reminders(i, "due"), l.loanNumber());
            assertEquals(1, reminders(i, "overdue"), l.loanNumber());
            assertEquals(2, allReminders(i));
        }
    }

    @Test
    void lateRunForAPastDate_remindsOnce_andAPaidInstalmentIsNotReminded() throws Exception {
        LocalDate day0 = BatchProbe.freshDay0();
        Loan unpaid = disbursedOn(day0, "Reminder Late");
        Loan paid = disbursedOn(day0, "Reminder Paid");
        LocalDate due = first(unpaid).dueDate();
        clock.pin(due.minusDays(5));
        try {
            loans.repay(paid.id(), first(paid).outstanding().amount(), org.coopbank.loan.RepaymentChannel.ACCOUNT, null,
                    TestData.CASHIER);
        } finally {
            clock.unpin();
        }
        LocalDate missed = due.plusDays(settings.graceDays() + 10);
        assertTrue(missed.isBefore(clock.today()));
        ExecutionRow late = probe.await(operations.start(NightlyJob.EMI_REMINDERS, missed, TestData.SUPERADMIN));
        assertEquals("COMPLETED", late.status(), late.exitStatus());
        assertEquals(1, reminders(first(unpaid), "overdue"));
        assertEquals(0, reminders(first(unpaid), "due"), "the run for the reminder day was missed, not made up");
        assertEquals(0, allReminders(first(paid)));
        assertEquals(1, probe.count("SELECT COUNT(*) FROM notification WHERE dedupe_key = ? AND subject LIKE ?",
                "emi-reminder-" + first(unpaid).id() + "-overdue", "EMI overdue%"));
    }

    @Test
    void failureMidChunk_thenRestart_finishesTheRest_andRemindsNothingTwice() throws Exception {
        LocalDate day0 = BatchProbe.freshDay0();
        List<Loan> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(disbursedOn(day0, "Reminder Restart " + i));
        }
        LocalDate date = first(mine.get(0)).dueDate().minusDays(daysBefore());
        List<Long> all = items.ids(date, 0, 100_000);
        long poisoned = first(mine.get(3)).id();
        int at = all.indexOf(poisoned);
        assertTrue(at >= 3, "poisoned instalment at " + at + " of " + all);
        Properties p = new Properties();
        p.setProperty("chunkSize", String.valueOf(at - 1));
        System.setProperty(TestFaults.POISON, "emi-reminders:" + poisoned);
        ExecutionRow failed = probe.await(operations.start(NightlyJob.EMI_REMINDERS, date, p, TestData.ACCOUNTANT));
        assertEquals("FAILED", failed.status());
        assertTrue(failed.failureReason().contains("Injected test failure"), failed.failureReason());
        assertTrue(failed.restartable());
        for (int i = 0; i < 3; i++) {
            assertEquals(1, reminders(first(mine.get(i)), "due"), "loan " + i);
        }
        assertEquals(0, reminders(first(mine.get(3)), "due"));
        assertEquals(0, reminders(first(mine.get(4)), "due"));

        System.clearProperty(TestFaults.POISON);
        ExecutionRow restarted = probe.await(operations.restart(failed.executionId(), TestData.ACCOUNTANT));
        assertEquals("COMPLETED", restarted.status(), restarted.exitStatus());
        assertEquals(1, restarted.filtered(), "our 3rd instalment, reminded before the failure, is found done");
        assertEquals(2, restarted.written(), "our 4th and 5th");
        for (Loan l : mine) {
            assertEquals(1, reminders(first(l), "due"), l.loanNumber());
        }
        assertThrows(InvalidStateException.class, () -> operations.restart(failed.executionId(), TestData.ACCOUNTANT));
    }
}
