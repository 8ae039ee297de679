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
import org.coopbank.account.BankAccount;
import org.coopbank.batch.operations.BatchOperations;
import org.coopbank.batch.operations.ExecutionRow;
import org.coopbank.batch.support.TestFaults;
import org.coopbank.it.Deployments;
import org.coopbank.it.LedgerAssertions;
import org.coopbank.it.TestData;
import org.coopbank.ledger.EventType;
import org.coopbank.ledger.LedgerReports;
import org.coopbank.loan.Loan;
import org.coopbank.loan.LoanService;
import org.coopbank.loan.LoanStatus;
import org.coopbank.nightly.DisbursementItems;
import org.coopbank.nightly.NightlyJob;
import org.coopbank.payout.LinkedAccounts;
import org.coopbank.payout.PayoutPurpose;
import org.coopbank.payout.PayoutRow;
import org.coopbank.payout.PayoutService;
import org.coopbank.payout.PayoutStatus;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.DuplicateException;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.Money;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The loan-disbursement job on a few approved loans of its own, each test in its own window of past business dates. */
@ExtendWith(ArquillianExtension.class)
class LoanDisbursementJobIT {

    private static final Money PRINCIPAL = Money.of(new BigDecimal("24000.00"));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(LoanDisbursementJobIT.class, BatchProbe.class);
    }

    @EJB
    BatchOperations operations;

    @Inject
    BatchProbe probe;

    @Inject
    DisbursementItems items;

    @Inject
    LoanService loans;

    @Inject
    AccountService accounts;

    @Inject
    TestData data;

    @Inject
    LedgerReports reports;

    @Inject
    BusinessClock clock;

    @Inject
    LinkedAccounts linked;

    @Inject
    PayoutService payouts;

    @AfterEach
    void booksStaySound() {
        System.clearProperty(TestFaults.POISON);
        clock.unpin();
        LedgerAssertions.assertBooksSound(reports, clock);
    }

    private Loan approvedOn(LocalDate day, String name) {
        clock.pin(day);
        try {
            BankAccount a = data.savingsWith(name, "1000.00");
            Loan l = loans.apply(new LoanService.Application(a.customer().id(), a.id(), PRINCIPAL.amount(),
                    new BigDecimal("12"), 12, "Disbursement test"), TestData.CLERK);
            return loans.approve(l.id(), TestData.MANAGER);
        } finally {
            clock.unpin();
        }
    }

    private long accountId(Loan l) {
        return Long.parseLong(probe.text("SELECT account_id FROM loan WHERE id = ?", l.id()));
    }

    private void assertDisbursedOnce(Loan approved, LocalDate on) {
        Loan l = loans.get(approved.id());
        assertEquals(LoanStatus.DISBURSED, l.status(), l.loanNumber());
        assertEquals(on, l.disbursedOn());
        assertEquals(PRINCIPAL, l.outstandingPrincipal());
        assertEquals(12, loans.schedule(l.id()).size());
        assertEquals(on.plusMonths(1), loans.schedule(l.id()).get(0).dueDate());
        assertEquals(List.of(on), probe.entryDates(EventType.LOAN_DISBURSEMENT, l.loanNumber()), l.loanNumber());
        assertEquals(Money.of(new BigDecimal("25000.00")), accounts.get(accountId(l)).balance());
    }

    @Test
    void disbursesEachApprovedLoanOnce_skipsAFrozenAccount_andASecondRunChangesNothing() throws Exception {
        LocalDate day0 = BatchProbe.freshDay0();
        List<Loan> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(approvedOn(day0, "Disburse Once " + i));
        }
        Loan frozen = approvedOn(day0, "Disburse Frozen");
        accounts.freeze(accountId(frozen), "test", TestData.MANAGER);
        LocalDate date = day0.plusDays(2);
        Properties p = new Properties();
        p.setProperty("chunkSize", "2");
        String hour = NightlyJob.LOAN_DISBURSEMENT.runSlot(clock.now());
        ExecutionRow run = probe.await(operations.start(NightlyJob.LOAN_DISBURSEMENT, date, p, TestData.ACCOUNTANT));
        assertEquals("COMPLETED", run.status(), run.exitStatus());
        assertTrue(run.written() >= 3, "written " + run.written());
        assertTrue(run.skipped() >= 1, "the frozen account's loan is skipped: " + run.skipped());
        assertEquals(run.read(), run.total(), "the reader counted what it then read");
        for (Loan l : mine) {
            assertDisbursedOnce(l, date);
        }
        assertEquals(LoanStatus.APPROVED, loans.get(frozen.id()).status(), "refused, left approved");
        assertEquals(0, probe.entries(EventType.LOAN_DISBURSEMENT, frozen.loanNumber()));

        // the same date and hour again is refused by the guard; a run around the guard changes nothing
        if (hour.equals(NightlyJob.LOAN_DISBURSEMENT.runSlot(clock.now()))) { // not across an hour's turn
            DuplicateException again = assertThrows(DuplicateException.class,
                    () -> operations.start(NightlyJob.LOAN_DISBURSEMENT, date, TestData.ACCOUNTANT));
            assertTrue(again.getMessage().contains("already started"), again.getMessage());
        }
        String raw = probe.awaitRaw(probe.startBypassingGuard("loan-disbursement", date));
        assertTrue(raw.startsWith("COMPLETED") && raw.contains("WRITE_COUNT=0"), raw);
        for (Loan l : mine) {
            assertDisbursedOnce(l, date);
        }
        loans.reject(frozen.id(), "test over", TestData.MANAGER); // no approved loan left for other tests' runs
    }

    @Test
    void aLoanToBePaidOut_goesToTheLinkedBankAccount_byPayout_once_andTheManagerCannotCreditItHere() throws Exception {
        LocalDate day0 = BatchProbe.freshDay0();
        Loan out;
        Loan noLink;
        long customerId;
        clock.pin(day0);
        try {
            BankAccount a = data.savingsWith("Disburse Payout", "1000.00");
            customerId = a.customer().id();
            linked.add(customerId, "Disburse Payout", "HDFC0001234", "50100098765432", TestData.CLERK);
            out = loans.approve(loans.apply(new LoanService.Application(customerId, a.id(), PRINCIPAL.amount(),
                    new BigDecimal("12"), 12, "Payout test", false, true), TestData.CLERK).id(), TestData.MANAGER);
            BankAccount b = data.savingsWith("Disburse Payout No Link", "1000.00");
            noLink = loans.approve(loans.apply(new LoanService.Application(b.customer().id(), b.id(), PRINCIPAL.amount(),
                    new BigDecimal("12"), 12, "Payout test", false, true), TestData.CLERK).id(), TestData.MANAGER);
        } finally {
            clock.unpin();
        }
        Loan outLoan = out;
        InvalidStateException byHand = assertThrows(InvalidStateException.class,
                () -> loans.disburse(outLoan.id(), TestData.MANAGER));
        assertTrue(byHand.getMessage().contains("paid out"), byHand.getMessage());

        LocalDate date = day0.plusDays(1);
        ExecutionRow run = probe.await(operations.start(NightlyJob.LOAN_DISBURSEMENT, date, TestData.ACCOUNTANT));
        assertEquals("COMPLETED", run.status(), run.exitStatus());
        Loan l = loans.get(out.id());
        assertEquals(LoanStatus.DISBURSED, l.status());
        assertEquals(PRINCIPAL, l.outstandingPrincipal());
        assertEquals(12, loans.schedule(l.id()).size());
        assertEquals(Money.of(new BigDecimal("1000.00")), accounts.get(accountId(l)).balance(), "nothing credited here");
        List<PayoutRow> rows = payouts.forCustomer(customerId);
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(PayoutPurpose.LOAN_DISBURSEMENT, rows.get(0).purpose());
        assertEquals(PRINCIPAL, rows.get(0).amount());
        assertEquals("XXXX5432", rows.get(0).toAccount());
        long deadline = System.currentTimeMillis() + 30_000;
        while (payouts.get(rows.get(0).id()).status() != PayoutStatus.PROCESSED && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(PayoutStatus.PROCESSED, payouts.get(rows.get(0).id()).status(), "the simulated gateway's webhook");
        // without a linked bank account by then, the loan is disbursed to its own account
        assertDisbursedOnce(noLink, date);

        String raw = probe.awaitRaw(probe.startBypassingGuard("loan-disbursement", date));
        assertTrue(raw.startsWith("COMPLETED") && raw.contains("WRITE_COUNT=0"), raw);
        assertEquals(1, payouts.forCustomer(customerId).size(), "a second run pays nothing out again");
    }

    @Test
    void lateRunForAPastDate_disbursesAsOfThatDate_andLeavesLaterApprovalsAlone() throws Exception {
        LocalDate day0 = BatchProbe.freshDay0();
        Loan early = approvedOn(day0, "Disburse Late");
        Loan later = approvedOn(day0.plusDays(20), "Disburse Later");
        LocalDate missed = day0.plusDays(5);
        assertTrue(missed.isBefore(clock.today()));
        ExecutionRow late = probe.await(operations.start(NightlyJob.LOAN_DISBURSEMENT, missed, TestData.SUPERADMIN));
        assertEquals("COMPLETED", late.status(), late.exitStatus());
        assertDisbursedOnce(early, missed);
        assertEquals(LoanStatus.APPROVED, loans.get(later.id()).status(), "approved after the run's date");

        LocalDate next = day0.plusDays(21);
        ExecutionRow run = probe.await(operations.start(NightlyJob.LOAN_DISBURSEMENT, next, TestData.SUPERADMIN));
        assertEquals("COMPLETED", run.status(), run.exitStatus());
        assertDisbursedOnce(later, next);
        assertDisbursedOnce(early, missed);
    }

    @Test
    void failureMidChunk_thenRestart_finishesTheRest_andDisbursesNothingTwice() throws Exception {
        LocalDate day0 = BatchProbe.freshDay0();
        List<Loan> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(approvedOn(day0, "Disburse Restart " + i));
        }
        LocalDate date = day0.plusDays(1);
        List<Long> all = items.ids(date, 0, 100_000);
        long poisoned = mine.get(3).id();
        int at = all.indexOf(poisoned);
        assertTrue(at >= 3, "poisoned loan at " + at + " of " + all);
        Properties p = new Properties();
        p.setProperty("chunkSize", String.valueOf(at - 1));
        System.setProperty(TestFaults.POISON, "loan-disbursement:" + poisoned);
        ExecutionRow failed = probe.await(operations.start(NightlyJob.LOAN_DISBURSEMENT, date, p, TestData.ACCOUNTANT));
        assertEquals("FAILED", failed.status());
        assertTrue(failed.failureReason().contains("Injected test failure"), failed.failureReason());
        assertTrue(failed.restartable());
        for (int i = 0; i < 3; i++) {
            assertDisbursedOnce(mine.get(i), date);
        }
        assertEquals(LoanStatus.APPROVED, loans.get(mine.get(3).id()).status());
        assertEquals(LoanStatus.APPROVED, loans.get(mine.get(4).id()).status());

        System.clearProperty(TestFaults.POISON);
        ExecutionRow restarted = probe.await(operations.restart(failed.executionId(), TestData.ACCOUNTANT));
        assertEquals("COMPLETED", restarted.status(), restarted.exitStatus());
        assertEquals(2, restarted.written(), "our 4th and 5th");
        for (Loan l : mine) {
            assertDisbursedOnce(l, date);
        }
        assertThrows(InvalidStateException.class, () -> operations.restart(failed.executionId(), TestData.ACCOUNTANT));
    }
}
