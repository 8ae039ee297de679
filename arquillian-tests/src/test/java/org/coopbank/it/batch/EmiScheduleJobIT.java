package org.coopbank.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.coopbank.loan.EmiCalculator;
import org.coopbank.loan.InstallmentStatus;
import org.coopbank.loan.Loan;
import org.coopbank.loan.LoanInstallment;
import org.coopbank.loan.LoanRateChange;
import org.coopbank.loan.LoanService;
import org.coopbank.loan.RateChangeOption;
import org.coopbank.loan.RateChanges;
import org.coopbank.loan.RepaymentChannel;
import org.coopbank.nightly.NightlyJob;
import org.coopbank.nightly.ScheduleItems;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.Money;
import org.coopbank.shared.ValidationFailedException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The emi-schedule job: floating-rate changes and missing schedules, each test in its own window of past dates. */
@ExtendWith(ArquillianExtension.class)
class EmiScheduleJobIT {

    private static final BigDecimal PRINCIPAL = new BigDecimal("24000.00");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(EmiScheduleJobIT.class, BatchProbe.class);
    }

    @EJB
    BatchOperations operations;

    @Inject
    BatchProbe probe;

    @Inject
    ScheduleItems items;

    @Inject
    LoanService loans;

    @Inject
    RateChanges rateChanges;

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

    /** A 12-month loan at 12 % disbursed on {@code day}. */
    private Loan disbursed(LocalDate day, String name, boolean floating) {
        return disbursed(day, name, floating, 12);
    }

    private Loan disbursed(LocalDate day, String name, boolean floating, int months) {
        clock.pin(day);
        try {
            BankAccount a = data.savingsWith(name, "1000.00");
            Loan l = loans.apply(new LoanService.Application(a.customer().id(), a.id(), PRINCIPAL, new BigDecimal("12"),
                    months, "Schedule test", floating), TestData.CLERK);
            loans.approve(l.id(), TestData.MANAGER);
            return loans.disburse(l.id(), TestData.MANAGER);
        } finally {
            clock.unpin();
        }
    }

    /** As {@link #disbursed}, its first instalment paid on its due date. */
    private Loan floatingWithFirstPaid(LocalDate day, String name, boolean floating) {
        return floatingWithFirstPaid(day, name, floating, 12);
    }

    private Loan floatingWithFirstPaid(LocalDate day, String name, boolean floating, int months) {
        Loan l = disbursed(day, name, floating, months);
        LoanInstallment first = loans.schedule(l.id()).get(0);
        clock.pin(first.dueDate());
        try {
            loans.repay(l.id(), first.outstanding().amount(), RepaymentChannel.ACCOUNT, null, TestData.CASHIER);
        } finally {
            clock.unpin();
        }
        return loans.get(l.id());
    }

    private LoanRateChange changeOn(LocalDate day, Loan l, String rate, RateChangeOption keep) {
        clock.pin(day);
        try {
            return rateChanges.change(l.id(), new BigDecimal(rate), keep, TestData.MANAGER);
        } finally {
            clock.unpin();
        }
    }

    private static List<LoanInstallment> live(List<LoanInstallment> schedule) {
        return schedule.stream().filter(i -> i.status() != InstallmentStatus.CANCELLED).toList();
    }

    /** The ledger check of a loan: its outstanding principal equals its schedule's unpaid principal. */
    private void assertScheduleCarriesOutstanding(Loan loan) {
        Loan l = loans.get(loan.id());
        Money unpaid = live(loans.schedule(l.id())).stream().map(LoanInstallment::unpaidPrincipal)
                .reduce(Money.ZERO, Money::plus);
        assertEquals(l.outstandingPrincipal(), unpaid, l.loanNumber());
        assertTrue(live(loans.schedule(l.id())).stream().allMatch(i -> i.emi().isPositive()), "no zero instalment");
    }

    private String snapshot(Loan l) {
        StringBuilder b = new StringBuilder(String.valueOf(loans.get(l.id()).emiAmount()));
        for (LoanInstallment i : loans.schedule(l.id())) {
            b.append('|').append(i.seqNo()).append(i.status()).append(i.principalDue()).append('/').append(i.interestDue());
        }
        return b.toString();
    }

    @Test
    void rateChanges_keepTenureMovesTheEmi_keepEmiMovesTheTenure_paidAndRunningInstalmentsUntouched_onceOnly()
            throws Exception {
        LocalDate day0 = BatchProbe.freshDay0();
        Loan up = floatingWithFirstPaid(day0, "Schedule Up", true);
        Loan down = floatingWithFirstPaid(day0, "Schedule Down", true, 60);
        Loan longer = floatingWithFirstPaid(day0, "Schedule Longer", true);
        Loan fixed = floatingWithFirstPaid(day0, "Schedule Fixed", false);
        Money oldEmi = up.emiAmount();
        List<LoanInstallment> before = loans.schedule(up.id());
        LocalDate change = before.get(0).dueDate().plusDays(5); // inside instalment 2's period: it keeps its figures

        // the manager's rules
        assertThrows(InvalidStateException.class, () -> changeOn(change, fixed, "14", RateChangeOption.KEEP_TENURE));
        assertThrows(ValidationFailedException.class, () -> changeOn(change, up, "99", RateChangeOption.KEEP_TENURE));
        clock.pin(change);
        try {
            assertThrows(RuntimeException.class, () -> rateChanges.change(up.id(), new BigDecimal("14"),
                    RateChangeOption.KEEP_TENURE, TestData.CLERK));
        } finally {
            clock.unpin();
        }
        LoanRateChange cUp = changeOn(change, up, "14", RateChangeOption.KEEP_TENURE);
        LoanRateChange cDown = changeOn(change, down, "6", RateChangeOption.KEEP_EMI);
        LoanRateChange cLonger = changeOn(change, longer, "18", RateChangeOption.KEEP_EMI);
        assertEquals(0, new BigDecimal("14").compareTo(loans.get(up.id()).annualRate()));
        String fixedBefore = snapshot(fixed);

        Properties p = new Properties();
        p.setProperty("chunkSize", "2");
        ExecutionRow run = probe.await(operations.start(NightlyJob.EMI_SCHEDULE, change, p, TestData.ACCOUNTANT));
        assertEquals("COMPLETED", run.status(), run.exitStatus());
        assertTrue(run.written() >= 3, "written " + run.written());
        assertEquals(run.read(), run.total());

        // keep the tenure: 12 instalments, 1 and 2 as they were, 3..12 at the EMI of the balance over 10 months at 14 %
        List<LoanInstallment> upAfter = loans.schedule(up.id());
        assertEquals(12, live(upAfter).size());
        for (int k = 0; k < 2; k++) {
            assertEquals(before.get(k).principalDue(), upAfter.get(k).principalDue());
            assertEquals(before.get(k).interestDue(), upAfter.get(k).interestDue());
        }
        Money balance = before.subList(2, 12).stream().map(LoanInstallment::principalDue).reduce(Money.ZERO, Money::plus);
        Money newEmi = EmiCalculator.emi(balance, new BigDecimal("14"), 10);
        assertTrue(newEmi.isGreaterThan(oldEmi));
        assertEquals(newEmi, loans.get(up.id()).emiAmount());
        assertEquals(newEmi, upAfter.get(2).emi());
        assertEquals(EmiCalculator.monthlyInterest(balance, new BigDecimal("14")), upAfter.get(2).interestDue());
        assertEquals(before.get(11).dueDate(), upAfter.get(11).dueDate());
        assertScheduleCarriesOutstanding(up);

        // keep the EMI, rate down (60 months, 12 % -> 6 %): same EMI, fewer instalments, the rest cancelled
        List<LoanInstallment> downAfter = loans.schedule(down.id());
        assertEquals(down.emiAmount(), loans.get(down.id()).emiAmount());
        assertTrue(live(downAfter).size() < 60, "shorter: " + live(downAfter).size());
        assertEquals(60, downAfter.size());
        assertTrue(downAfter.get(59).status() == InstallmentStatus.CANCELLED);
        assertEquals(down.emiAmount(), downAfter.get(2).emi());
        assertScheduleCarriesOutstanding(down);

        // keep the EMI, rate up: same EMI, more instalments
        List<LoanInstallment> longerAfter = loans.schedule(longer.id());
        assertEquals(oldEmi, loans.get(longer.id()).emiAmount());
        assertTrue(live(longerAfter).size() > 12, "longer: " + live(longerAfter).size());
        assertEquals(longer.disbursedOn().plusMonths(13), longerAfter.get(12).dueDate());
        assertScheduleCarriesOutstanding(longer);

        assertEquals(fixedBefore, snapshot(fixed));
        for (LoanRateChange c : List.of(cUp, cDown, cLonger)) {
            LoanRateChange applied = rateChanges.changes(c.loan().id()).get(0);
            assertEquals(change, applied.appliedOn());
        }

        // a second run for the date (around the guard) and the next day change nothing
        String s1 = snapshot(up) + snapshot(down) + snapshot(longer);
        String raw = probe.awaitRaw(probe.startBypassingGuard("emi-schedule", change));
        assertTrue(raw.startsWith("COMPLETED") && raw.contains("WRITE_COUNT=0"), raw);
        ExecutionRow next = probe.await(operations.start(NightlyJob.EMI_SCHEDULE, change.plusDays(1), TestData.ACCOUNTANT));
        assertEquals("COMPLETED", next.status(), next.exitStatus());
        assertEquals(s1, snapshot(up) + snapshot(down) + snapshot(longer));
        assertEquals(1, probe.count("SELECT COUNT(*) FROM batch_item_done WHERE job_name = 'emi-schedule' AND item_key = ?",
                "loan:" + up.id() + ":rc:" + cUp.id()));
    }

    @Test
    void lateRun_buildsAMissingSchedule_andAppliesOnlyChangesMadeByItsDate() throws Exception {
        LocalDate day0 = BatchProbe.freshDay0();
        Loan missing = disbursed(day0, "Schedule Missing", false);
        // a disbursed loan with no instalments (as a loan brought over from elsewhere would arrive)
        assertEquals(12, probe.update("DELETE FROM loan_installment WHERE loan_id = ?", missing.id()));
        Loan changed = floatingWithFirstPaid(day0, "Schedule Changed Later", true);
        LocalDate lateDate = day0.plusDays(40);
        LoanRateChange later = changeOn(day0.plusDays(60), changed, "13", RateChangeOption.KEEP_TENURE);
        String changedBefore = snapshot(changed);

        ExecutionRow late = probe.await(operations.start(NightlyJob.EMI_SCHEDULE, lateDate, TestData.SUPERADMIN));
        assertEquals("COMPLETED", late.status(), late.exitStatus());
        List<LoanInstallment> built = loans.schedule(missing.id());
        assertEquals(12, built.size());
        assertEquals(missing.disbursedOn().plusMonths(1), built.get(0).dueDate());
        assertScheduleCarriesOutstanding(missing);
        assertEquals(changedBefore, snapshot(changed), "its change is dated after the run's date");
        assertNull(rateChanges.changes(changed.id()).get(0).appliedOn());

        ExecutionRow then = probe.await(operations.start(NightlyJob.EMI_SCHEDULE, day0.plusDays(61), TestData.SUPERADMIN));
        assertEquals("COMPLETED", then.status(), then.exitStatus());
        assertEquals(day0.plusDays(61), rateChanges.changes(changed.id()).get(0).appliedOn());
        assertTrue(!changedBefore.equals(snapshot(changed)));
        assertEquals(12, loans.schedule(missing.id()).size(), "built once");
        assertScheduleCarriesOutstanding(changed);
        assertEquals(later.id(), rateChanges.changes(changed.id()).get(0).id());
    }

    @Test
    void failureMidChunk_thenRestart_finishesTheRest_andRebuildsEachOnce() throws Exception {
        LocalDate day0 = BatchProbe.freshDay0();
        List<Loan> mine = new ArrayList<>();
        List<LoanRateChange> changes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(floatingWithFirstPaid(day0, "Schedule Restart " + i, true));
        }
        LocalDate date = loans.schedule(mine.get(0).id()).get(0).dueDate().plusDays(3);
        for (Loan l : mine) {
            changes.add(changeOn(date, l, "10", RateChangeOption.KEEP_TENURE));
        }
        List<Long> all = items.ids(date, 0, 100_000);
        long poisoned = mine.get(3).id();
        int at = all.indexOf(poisoned);
        assertTrue(at >= 3, "poisoned loan at " + at + " of " + all);
        Properties p = new Properties();
        p.setProperty("chunkSize", String.valueOf(at - 1));
        System.setProperty(TestFaults.POISON, "emi-schedule:" + poisoned);
        ExecutionRow failed = probe.await(operations.start(NightlyJob.EMI_SCHEDULE, date, p, TestData.ACCOUNTANT));
        assertEquals("FAILED", failed.status());
        assertTrue(failed.failureReason().contains("Injected test failure"), failed.failureReason());
        for (int i = 0; i < 3; i++) {
            assertEquals(date, rateChanges.changes(mine.get(i).id()).get(0).appliedOn(), "loan " + i);
        }
        assertNull(rateChanges.changes(mine.get(3).id()).get(0).appliedOn());
        String third = snapshot(mine.get(2));

        System.clearProperty(TestFaults.POISON);
        ExecutionRow restarted = probe.await(operations.restart(failed.executionId(), TestData.ACCOUNTANT));
        assertEquals("COMPLETED", restarted.status(), restarted.exitStatus());
        assertEquals(2, restarted.written(), "our 4th and 5th");
        assertEquals(third, snapshot(mine.get(2)), "rebuilt before the failure, not again");
        for (int i = 0; i < 5; i++) {
            Loan l = mine.get(i);
            assertEquals(date, rateChanges.changes(l.id()).get(0).appliedOn());
            assertEquals(1, probe.count("SELECT COUNT(*) FROM batch_item_done WHERE job_name = 'emi-schedule'"
                    + " AND item_key = ?", "loan:" + l.id() + ":rc:" + changes.get(i).id()));
            assertScheduleCarriesOutstanding(l);
        }
    }
}
