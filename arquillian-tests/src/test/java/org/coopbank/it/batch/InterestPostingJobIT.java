package org.coopbank.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.coopbank.account.AccountService;
import org.coopbank.account.BankAccount;
import org.coopbank.account.DailyBalanceInterest;
import org.coopbank.batch.operations.BatchOperations;
import org.coopbank.batch.operations.ExecutionRow;
import org.coopbank.batch.support.TestFaults;
import org.coopbank.it.Deployments;
import org.coopbank.it.LedgerAssertions;
import org.coopbank.it.TestData;
import org.coopbank.ledger.EventType;
import org.coopbank.ledger.LedgerReports;
import org.coopbank.nightly.InterestItems;
import org.coopbank.nightly.NightlyJob;
import org.coopbank.settings.SettingsService;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.DuplicateException;
import org.coopbank.shared.Money;
import org.coopbank.shared.ValidationFailedException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The interest-posting job on savings accounts of its own, each test in its own quarter of past business dates. */
@ExtendWith(ArquillianExtension.class)
class InterestPostingJobIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(InterestPostingJobIT.class, BatchProbe.class);
    }

    @EJB
    BatchOperations operations;

    @Inject
    BatchProbe probe;

    @Inject
    InterestItems items;

    @Inject
    AccountService accounts;

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

    /** The first full quarter of a fresh window: its first day. */
    private static LocalDate freshQuarterStart() {
        LocalDate d = DailyBalanceInterest.quarterStart(BatchProbe.freshDay0()).plusMonths(3);
        return d;
    }

    private static LocalDate quarterEnd(LocalDate start) {
        return start.plusMonths(3).minusDays(1);
    }

    private BankAccount openedOn(LocalDate day, String name, String amount) {
        clock.pin(day);
        try {
            return data.savingsWith(name, amount);
        } finally {
            clock.unpin();
        }
    }

    private void depositOn(LocalDate day, BankAccount a, String amount) {
        clock.pin(day);
        try {
            accounts.deposit(a.id(), new BigDecimal(amount), "Test deposit", TestData.CASHIER);
        } finally {
            clock.unpin();
        }
    }

    private void withdrawOn(LocalDate day, BankAccount a, String amount) {
        clock.pin(day);
        try {
            accounts.withdraw(a.id(), new BigDecimal(amount), "Test withdrawal", TestData.CASHIER);
        } finally {
            clock.unpin();
        }
    }

    private long interestEntries(BankAccount a, LocalDate qEnd) {
        return probe.entries(EventType.SAVINGS_INTEREST, "SI-" + DailyBalanceInterest.quarterName(qEnd) + "-" + a.id());
    }

    /** Σ balance × days × rate / 36500, rounded HALF_UP once (the README's rule), from the test's own figures. */
    private Money expected(long balanceDays) {
        return Money.of(BigDecimal.valueOf(balanceDays).multiply(settings.savingsRate())
                .divide(new BigDecimal("36500"), 2, RoundingMode.HALF_UP));
    }

    @Test
    void postsInterestOnTheDailyClosingBalance_onceAndBalanced_andASecondRunChangesNothing() throws Exception {
        LocalDate qStart = freshQuarterStart();
        LocalDate qEnd = quarterEnd(qStart);
        long days = ChronoUnit.DAYS.between(qStart, qEnd) + 1;
        // A: 10,000 all quarter, +5,000 from day 31 on, −3,000 on the last day (which closes at 12,000)
        BankAccount a = openedOn(qStart, "Interest A", "10000.00");
        depositOn(qStart.plusDays(30), a, "5000.00");
        withdrawOn(qEnd, a, "3000.00");
        long aDays = 10_000L * 30 + 15_000L * (days - 31) + 12_000L;
        // B: opened in the middle of the quarter with 2,500
        LocalDate bOpen = qStart.plusDays(45);
        BankAccount b = openedOn(bOpen, "Interest B", "2500.00");
        long bDays = 2_500L * (ChronoUnit.DAYS.between(bOpen, qEnd) + 1);
        // C: empty: nothing to post
        BankAccount c = openedOn(qStart.plusDays(10), "Interest C", "0");
        Money aBefore = accounts.get(a.id()).balance();

        Properties p = new Properties();
        p.setProperty("chunkSize", "3");
        ExecutionRow run = probe.await(operations.start(NightlyJob.INTEREST_POSTING, qEnd, p, TestData.ACCOUNTANT));
        assertEquals("COMPLETED", run.status(), run.exitStatus());
        assertEquals(run.read(), run.total());
        assertEquals(expected(aDays), accounts.get(a.id()).balance().minus(aBefore));
        assertEquals(Money.of("2500.00").plus(expected(bDays)), accounts.get(b.id()).balance());
        assertEquals(Money.ZERO, accounts.get(c.id()).balance());
        assertEquals(1, interestEntries(a, qEnd));
        assertEquals(List.of(qEnd), probe.entryDates(EventType.SAVINGS_INTEREST,
                "SI-" + DailyBalanceInterest.quarterName(qEnd) + "-" + a.id()));
        assertEquals(1, interestEntries(b, qEnd));
        assertEquals(0, interestEntries(c, qEnd));

        assertThrows(DuplicateException.class, () -> operations.start(NightlyJob.INTEREST_POSTING, qEnd, TestData.ACCOUNTANT));
        String raw = probe.awaitRaw(probe.startBypassingGuard("interest-posting", qEnd));
        assertTrue(raw.startsWith("COMPLETED") && raw.contains("WRITE_COUNT=0"), raw);
        assertEquals(1, interestEntries(a, qEnd));
        assertEquals(Money.of("2500.00").plus(expected(bDays)), accounts.get(b.id()).balance());
    }

    @Test
    void refusesADateThatIsNoQuarterEnd() {
        LocalDate qEnd = quarterEnd(freshQuarterStart());
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> operations.start(NightlyJob.INTEREST_POSTING, qEnd.minusDays(1), TestData.ACCOUNTANT));
        assertTrue(e.getMessage().contains("quarter end"), e.getMessage());
    }

    @Test
    void lateRunForAPastQuarter_usesThatQuarterOnly_andTheNextQuarterCountsTheInterestCredited() throws Exception {
        LocalDate q1 = freshQuarterStart();
        LocalDate q1End = quarterEnd(q1);
        LocalDate q2End = quarterEnd(q1End.plusDays(1));
        BankAccount a = openedOn(q1, "Interest Late", "50000.00");
        depositOn(q1End.plusDays(20), a, "1000.00"); // in the next quarter: no effect on the first
        long q1Days = 50_000L * (ChronoUnit.DAYS.between(q1, q1End) + 1);
        ExecutionRow late = probe.await(operations.start(NightlyJob.INTEREST_POSTING, q1End, TestData.SUPERADMIN));
        assertEquals("COMPLETED", late.status(), late.exitStatus());
        Money first = expected(q1Days);
        assertEquals(Money.of("51000.00").plus(first), accounts.get(a.id()).balance());

        ExecutionRow next = probe.await(operations.start(NightlyJob.INTEREST_POSTING, q2End, TestData.ACCOUNTANT));
        assertEquals("COMPLETED", next.status(), next.exitStatus());
        // the first quarter's interest was credited on its last day, so it earns from the next quarter's first day
        BigDecimal q2Base = new BigDecimal("50000.00").add(first.amount());
        long q2Days = ChronoUnit.DAYS.between(q1End, q2End);
        long depositDays = ChronoUnit.DAYS.between(q1End.plusDays(20), q2End) + 1;
        Money second = Money.of(q2Base.multiply(BigDecimal.valueOf(q2Days))
                .add(new BigDecimal("1000").multiply(BigDecimal.valueOf(depositDays)))
                .multiply(settings.savingsRate()).divide(new BigDecimal("36500"), 2, RoundingMode.HALF_UP));
        assertEquals(Money.of("51000.00").plus(first).plus(second), accounts.get(a.id()).balance());
        assertEquals(1, interestEntries(a, q1End));
        assertEquals(1, interestEntries(a, q2End));
    }

    @Test
    void failureMidChunk_thenRestart_finishesTheRest_andCreditsNothingTwice() throws Exception {
        LocalDate qStart = freshQuarterStart();
        LocalDate qEnd = quarterEnd(qStart);
        List<BankAccount> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(openedOn(qStart, "Interest Restart " + i, "20000.00"));
        }
        Money each = expected(20_000L * (ChronoUnit.DAYS.between(qStart, qEnd) + 1));
        List<Long> all = items.ids(qEnd, 0, 100_000);
        long poisoned = mine.get(3).id();
        int at = all.indexOf(poisoned);
        assertTrue(at >= 3, "poisoned account at " + at + " of " + all.size());
        Properties p = new Properties();
        p.setProperty("chunkSize", String.valueOf(at - 1));
        System.setProperty(TestFaults.POISON, "interest-posting:" + poisoned);
        ExecutionRow failed = probe.await(operations.start(NightlyJob.INTEREST_POSTING, qEnd, p, TestData.ACCOUNTANT));
        assertEquals("FAILED", failed.status());
        assertTrue(failed.failureReason().contains("Injected test failure"), failed.failureReason());
        for (int i = 0; i < 3; i++) {
            assertEquals(1, interestEntries(mine.get(i), qEnd), "account " + i);
        }
        assertEquals(0, interestEntries(mine.get(3), qEnd));
        assertEquals(0, interestEntries(mine.get(4), qEnd));
        LedgerAssertions.assertBooksSound(reports, clock);

        System.clearProperty(TestFaults.POISON);
        ExecutionRow restarted = probe.await(operations.restart(failed.executionId(), TestData.ACCOUNTANT));
        assertEquals("COMPLETED", restarted.status(), restarted.exitStatus());
        assertEquals(1, restarted.filtered(), "our 3rd account, credited before the failure, is found done");
        assertEquals(2, restarted.written(), "our 4th and 5th");
        for (BankAccount a : mine) {
            assertEquals(1, interestEntries(a, qEnd));
            assertEquals(Money.of("20000.00").plus(each), accounts.get(a.id()).balance());
        }
    }
}
