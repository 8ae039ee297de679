package org.coopbank.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.coopbank.account.AccountService;
import org.coopbank.account.BankAccount;
import org.coopbank.batch.operations.BatchOperations;
import org.coopbank.batch.operations.ExecutionRow;
import org.coopbank.batch.support.TestFaults;
import org.coopbank.deposit.DepositService;
import org.coopbank.deposit.FdStatus;
import org.coopbank.deposit.FixedDeposit;
import org.coopbank.it.Deployments;
import org.coopbank.it.LedgerAssertions;
import org.coopbank.it.TestData;
import org.coopbank.ledger.EventType;
import org.coopbank.ledger.LedgerReports;
import org.coopbank.nightly.NightlyItems;
import org.coopbank.nightly.NightlyJob;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.DuplicateException;
import org.coopbank.shared.Money;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The fd-maturity job on a few FDs of its own, each test in its own window of past business dates. */
@ExtendWith(ArquillianExtension.class)
class FdMaturityJobIT {

    private static final Money OPENING = Money.of("30000.00");
    private static final BigDecimal PRINCIPAL = new BigDecimal("20000");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(FdMaturityJobIT.class, BatchProbe.class);
    }

    @EJB
    BatchOperations operations;

    @Inject
    BatchProbe probe;

    @Inject
    NightlyItems items;

    @Inject
    DepositService deposits;

    @Inject
    AccountService accounts;

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

    private FixedDeposit openedOn(LocalDate day, String name, int months, boolean autoRenew) {
        clock.pin(day);
        try {
            BankAccount a = data.savingsWith(name, OPENING.toString());
            return deposits.openFromAccount(a.id(), PRINCIPAL, months, autoRenew, TestData.CLERK);
        } finally {
            clock.unpin();
        }
    }

    private Money balance(FixedDeposit fd) {
        return accounts.get(fd.linkedAccount().id()).balance();
    }

    private void assertPaidOnce(FixedDeposit fd, LocalDate on) {
        FixedDeposit now = deposits.get(fd.id());
        assertEquals(FdStatus.MATURED, now.status(), fd.fdNumber());
        assertEquals(on, now.closedOn());
        assertEquals(fd.maturityAmount(), now.amountPaid());
        assertEquals(OPENING.minus(fd.principal()).plus(fd.maturityAmount()), balance(fd), fd.fdNumber());
        assertEquals(List.of(on), probe.entryDates(EventType.FD_MATURITY, fd.fdNumber()), fd.fdNumber());
    }

    @Test
    void paysMaturedFdsToTheirAccounts_renewsTheAutoRenewing_once_andASecondRunChangesNothing() throws Exception {
        LocalDate day0 = BatchProbe.freshDay0();
        FixedDeposit paid = openedOn(day0, "Maturing Paid", 6, false);
        FixedDeposit renewing = openedOn(day0, "Maturing Renewed", 6, true);
        FixedDeposit later = openedOn(day0.plusDays(1), "Maturing Later", 6, false);
        LocalDate date = paid.maturityDate();
        assertEquals(date, renewing.maturityDate());

        Properties p = new Properties();
        p.setProperty("chunkSize", "2");
        ExecutionRow run = probe.await(operations.start(NightlyJob.FD_MATURITY, date, p, TestData.ACCOUNTANT));
        assertEquals("COMPLETED", run.status(), run.exitStatus());
        assertTrue(run.written() >= 2, "written " + run.written());
        assertNull(run.failureReason());

        assertPaidOnce(paid, date);
        assertEquals(FdStatus.ACTIVE, deposits.get(later.id()).status(), "matures the next day");

        FixedDeposit old = deposits.get(renewing.id());
        assertEquals(FdStatus.MATURED, old.status());
        assertEquals(OPENING.minus(renewing.principal()), balance(renewing), "a renewal credits no account");
        List<FixedDeposit> renewals = deposits.forCustomer(renewing.customer().id()).stream()
                .filter(f -> renewing.id().equals(f.renewedFromId())).toList();
        assertEquals(1, renewals.size());
        FixedDeposit renewed = renewals.get(0);
        assertEquals(FdStatus.ACTIVE, renewed.status());
        assertEquals(renewing.maturityAmount(), renewed.principal());
        assertEquals(date, renewed.openedOn());
        assertEquals(6, renewed.tenureMonths());
        assertTrue(renewed.autoRenew());
        BigDecimal cardRate = deposits.rateFor(ChronoUnit.DAYS.between(date, date.plusMonths(6)), date).orElseThrow();
        assertEquals(0, cardRate.compareTo(renewed.annualRate()));
        assertEquals(1, probe.entries(EventType.FD_MATURITY, renewing.fdNumber()));

        // the launcher refuses the date again; a run around it (JBeret directly) finds every item done
        assertThrows(DuplicateException.class, () -> operations.start(NightlyJob.FD_MATURITY, date, TestData.ACCOUNTANT));
        long done = items.doneCount(NightlyJob.FD_MATURITY, date);
        String raw = probe.awaitRaw(probe.startBypassingGuard("fd-maturity", date));
        assertTrue(raw.startsWith("COMPLETED") && raw.contains("WRITE_COUNT=0"), raw);
        assertEquals(done, items.doneCount(NightlyJob.FD_MATURITY, date));
        assertPaidOnce(paid, date);
        assertEquals(1, deposits.forCustomer(renewing.customer().id()).stream()
                .filter(f -> renewing.id().equals(f.renewedFromId())).count());
    }

    @Test
    void lateRunForAPastDate_paysAsOfThatDate_andCatchesUpRenewals() throws Exception {
        LocalDate day0 = BatchProbe.freshDay0();
        FixedDeposit fd = openedOn(day0, "Maturing Late", 1, false);
        FixedDeposit monthly = openedOn(day0, "Renewing Late", 1, true);
        LocalDate missed = fd.maturityDate().plusDays(70);
        assertTrue(missed.isBefore(clock.today()));
        ExecutionRow run = probe.await(operations.start(NightlyJob.FD_MATURITY, missed, TestData.SUPERADMIN));
        assertEquals("COMPLETED", run.status(), run.exitStatus());
        assertEquals(missed, run.businessDate());
        assertPaidOnce(fd, missed);

        // matured 70 days ago on a one-month tenure: renewed on its maturity date, then on the next two maturities,
        // each at the card of its date, leaving one ACTIVE FD maturing after the business date
        List<FixedDeposit> chain = deposits.forCustomer(monthly.customer().id());
        assertEquals(4, chain.size());
        assertEquals(1, chain.stream().filter(f -> f.status() == FdStatus.ACTIVE).count());
        FixedDeposit previous = chain.get(0);
        assertEquals(monthly.id(), previous.id());
        for (FixedDeposit f : chain.subList(1, chain.size())) {
            assertEquals(previous.id(), f.renewedFromId());
            assertEquals(previous.maturityAmount(), f.principal());
            assertEquals(previous.maturityDate(), f.openedOn());
            assertEquals(FdStatus.MATURED, deposits.get(previous.id()).status());
            assertEquals(List.of(missed), probe.entryDates(EventType.FD_MATURITY, previous.fdNumber()));
            previous = f;
        }
        assertTrue(previous.maturityDate().isAfter(missed));
        assertEquals(OPENING.minus(monthly.principal()), balance(monthly), "renewals credit no account");
    }

    @Test
    void aFrozenLinkedAccount_isSkipped_leftActive_andPaidOnTheNextRunOnceUnfrozen() throws Exception {
        LocalDate day0 = BatchProbe.freshDay0();
        FixedDeposit before = openedOn(day0, "Maturing Frozen Before", 6, false);
        FixedDeposit frozen = openedOn(day0, "Maturing Frozen", 6, false);
        FixedDeposit renewing = openedOn(day0, "Maturing Frozen Renewing", 6, true);
        FixedDeposit after = openedOn(day0, "Maturing Frozen After", 6, false);
        long frozenAccount = frozen.linkedAccount().id();
        accounts.freeze(frozenAccount, "test: fd-maturity refusal", TestData.MANAGER);
        accounts.freeze(renewing.linkedAccount().id(), "test: a renewal touches no account", TestData.MANAGER);
        LocalDate date = frozen.maturityDate();
        Properties p = new Properties();
        p.setProperty("chunkSize", "2"); // the refused FD sits inside a chunk with others
        ExecutionRow run = probe.await(operations.start(NightlyJob.FD_MATURITY, date, p, TestData.ACCOUNTANT));
        assertEquals("COMPLETED", run.status(), run.exitStatus());
        assertTrue(run.skipped() >= 1, "the frozen account's FD (and any other test's left frozen): " + run.skipped());
        assertPaidOnce(before, date);
        assertPaidOnce(after, date);
        assertEquals(FdStatus.ACTIVE, deposits.get(frozen.id()).status(), "refused, left for the next run");
        assertEquals(0, probe.entries(EventType.FD_MATURITY, frozen.fdNumber()));
        assertEquals(OPENING.minus(frozen.principal()), balance(frozen));
        assertEquals(FdStatus.MATURED, deposits.get(renewing.id()).status(), "renewed although its account is frozen");

        accounts.unfreeze(frozenAccount, TestData.MANAGER);
        accounts.unfreeze(renewing.linkedAccount().id(), TestData.MANAGER);
        LocalDate next = date.plusDays(1);
        ExecutionRow late = probe.await(operations.start(NightlyJob.FD_MATURITY, next, p, TestData.ACCOUNTANT));
        assertEquals("COMPLETED", late.status(), late.exitStatus());
        FixedDeposit paid = deposits.get(frozen.id());
        assertEquals(FdStatus.MATURED, paid.status());
        assertEquals(OPENING.minus(frozen.principal()).plus(frozen.maturityAmount()), balance(frozen));
        assertEquals(1, probe.entries(EventType.FD_MATURITY, frozen.fdNumber()));
        assertPaidOnce(before, date);
    }

    @Test
    void failureMidChunk_thenRestart_paysTheRest_andNothingTwice() throws Exception {
        LocalDate day0 = BatchProbe.freshDay0();
        List<FixedDeposit> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(openedOn(day0, "Maturing Restart " + i, 6, i == 4));
        }
        LocalDate date = mine.get(0).maturityDate();
        List<Long> all = items.maturedFdIds(date, 0, 100_000);
        long poisoned = mine.get(3).id();
        int at = all.indexOf(poisoned);
        assertTrue(at >= 3, "poisoned FD at " + at + " of " + all);
        Properties p = new Properties();
        p.setProperty("chunkSize", String.valueOf(at - 1));
        p.setProperty("shards", "1"); // the chunk arithmetic above is over all the FDs in one share
        System.setProperty(TestFaults.POISON, "fd-maturity:" + poisoned);
        ExecutionRow failed = probe.await(operations.start(NightlyJob.FD_MATURITY, date, p, TestData.ACCOUNTANT));
        assertEquals("FAILED", failed.status());
        assertTrue(String.valueOf(failed.failureReason()).contains("Injected test failure"), failed.failureReason());
        // the first chunk (up to our 2nd FD) committed; the second (our 3rd FD, then the poisoned 4th) rolled back whole
        for (int i = 0; i < 2; i++) {
            assertPaidOnce(mine.get(i), date);
        }
        for (int i = 2; i < 5; i++) {
            assertEquals(FdStatus.ACTIVE, deposits.get(mine.get(i).id()).status(), "rolled back with its chunk: " + i);
            assertEquals(0, probe.entries(EventType.FD_MATURITY, mine.get(i).fdNumber()), "nothing posted: " + i);
        }
        LedgerAssertions.assertBooksSound(reports, clock);

        System.clearProperty(TestFaults.POISON);
        ExecutionRow restarted = probe.await(operations.restart(failed.executionId(), TestData.SUPERADMIN));
        assertEquals("COMPLETED", restarted.status(), restarted.exitStatus());
        // from the checkpoint (after our 2nd FD): the 3rd, 4th and 5th are read and done
        assertEquals(3, restarted.read(), "our 3rd, 4th and 5th FDs");
        assertEquals(3, restarted.written(), "our 3rd, 4th and 5th FDs");
        assertEquals(0, restarted.filtered());
        for (int i = 0; i < 4; i++) {
            assertPaidOnce(mine.get(i), date);
        }
        FixedDeposit fifth = mine.get(4);
        assertEquals(FdStatus.MATURED, deposits.get(fifth.id()).status());
        assertEquals(1, deposits.forCustomer(fifth.customer().id()).stream()
                .filter(f -> fifth.id().equals(f.renewedFromId())).count(), "renewed once");
    }
}
