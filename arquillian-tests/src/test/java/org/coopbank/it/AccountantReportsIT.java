package org.coopbank.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.account.AccountService;
import org.coopbank.account.AccountTransaction;
import org.coopbank.account.BankAccount;
import org.coopbank.account.TransactionRow;
import org.coopbank.ledger.AccountantReports;
import org.coopbank.ledger.AgeingReport;
import org.coopbank.ledger.AgeingReport.Band;
import org.coopbank.ledger.DayBook;
import org.coopbank.ledger.EventType;
import org.coopbank.ledger.GlCode;
import org.coopbank.ledger.GlStatement;
import org.coopbank.ledger.JournalEntryRow;
import org.coopbank.ledger.JournalLineRow;
import org.coopbank.ledger.JournalQueries;
import org.coopbank.ledger.LedgerReports;
import org.coopbank.ledger.TrialBalance;
import org.coopbank.loan.Loan;
import org.coopbank.loan.LoanService;
import org.coopbank.shared.AccessDeniedException;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.Money;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The accountant's report queries on a small ledger posted here through the real services, on a business date no
 * other test uses (each run picks its own), so the day book and the journal hold exactly what was posted; the trial
 * balance and the ageing report are compared before and after the posting.
 */
@ExtendWith(ArquillianExtension.class)
class AccountantReportsIT {

    private static final Money ZERO = Money.ZERO;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(AccountantReportsIT.class);
    }

    @Inject
    JournalQueries journal;

    @Inject
    AccountantReports reports;

    @Inject
    AccountService accounts;

    @Inject
    LoanService loans;

    @Inject
    TestData data;

    @Inject
    LedgerReports ledger;

    @Inject
    BusinessClock clock;

    @AfterEach
    void booksStaySound() {
        clock.unpin();
        LedgerAssertions.assertBooksSound(ledger, clock);
    }

    private static LocalDate unusedDate() {
        return LocalDate.of(2045, 1, 1).plusDays(System.nanoTime() % 3650);
    }

    @Test
    void journal_dayBook_trialBalance_andGlStatement_showWhatWasPosted() {
        LocalDate day = unusedDate();
        TrialBalance before = reports.trialBalance(day.minusDays(1), TestData.ACCOUNTANT);
        clock.pin(day);
        BankAccount a = data.savingsWith("Journal Alpha", "10000.00");
        BankAccount b = data.savingsWith("Journal Beta", "500.00");
        AccountTransaction transfer = accounts.transfer(a.id(), b.id(), new BigDecimal("2500.00"), "Rent", TestData.CASHIER);
        accounts.withdraw(b.id(), new BigDecimal("100.00"), "Cash", TestData.CASHIER);
        clock.unpin();

        // day book: exactly the four entries of the day, balanced
        DayBook book = journal.dayBook(day, TestData.ACCOUNTANT);
        assertEquals(4, book.entries());
        assertEquals(8, book.lines().size());
        assertEquals(Money.of("13100.00"), book.totalDebits());
        assertEquals(Money.of("13100.00"), book.totalCredits());
        assertTrue(book.balances());

        // journal: filtered by date and event type in the database, paged and sorted
        assertEquals(4, journal.count(day, day, null, null, TestData.ACCOUNTANT));
        assertEquals(2, journal.count(day, day, EventType.CASH_DEPOSIT, null, TestData.ACCOUNTANT));
        List<JournalEntryRow> page = journal.search(day, day, null, null, 0, 3, "id", true, TestData.ACCOUNTANT);
        assertEquals(3, page.size());
        assertTrue(page.get(0).id() < page.get(1).id() && page.get(1).id() < page.get(2).id());
        List<JournalEntryRow> rest = journal.search(day, day, null, null, 3, 3, "id", true, TestData.ACCOUNTANT);
        assertEquals(1, rest.size());
        assertEquals(EventType.CASH_WITHDRAWAL, rest.get(0).eventType());
        List<JournalEntryRow> transfers = journal.search(day, day, EventType.TRANSFER, null, 0, 20, null, true, TestData.ACCOUNTANT);
        assertEquals(1, transfers.size());
        JournalEntryRow t = transfers.get(0);
        assertEquals(transfer.journalEntry().id(), t.id());
        assertEquals(Money.of("2500.00"), t.amount());
        assertEquals(day, t.entryDate());

        // drill-down: lines and the customer transactions the entry explains
        List<JournalLineRow> lines = journal.lines(t.id(), TestData.ACCOUNTANT);
        assertEquals(2, lines.size());
        assertTrue(lines.stream().allMatch(l -> l.glCode().equals(GlCode.SAVINGS_DEPOSITS.code())));
        assertEquals(Money.of("2500.00"), lines.stream().map(JournalLineRow::debit).reduce(ZERO, Money::plus));
        assertEquals(Money.of("2500.00"), lines.stream().map(JournalLineRow::credit).reduce(ZERO, Money::plus));
        List<TransactionRow> txns = journal.transactions(t.id(), TestData.ACCOUNTANT);
        assertEquals(2, txns.size());
        assertEquals(a.accountNumber(), txns.get(0).accountNumber());
        assertEquals(Money.of("7500.00"), txns.get(0).balanceAfter());
        assertEquals(AccountTransaction.Direction.DEBIT, txns.get(0).direction());
        assertEquals(b.accountNumber(), txns.get(1).accountNumber());
        assertEquals(Money.of("3000.00"), txns.get(1).balanceAfter());

        // trial balance: balances, and the day moved cash and savings deposits by what was posted
        TrialBalance after = reports.trialBalance(day, TestData.ACCOUNTANT);
        assertTrue(after.balances());
        assertEquals(before.totalDebits().plus(Money.of("13100.00")), after.totalDebits());
        assertEquals(before.balanceOf(GlCode.CASH).plus(Money.of("10400.00")), after.balanceOf(GlCode.CASH));
        assertEquals(before.balanceOf(GlCode.SAVINGS_DEPOSITS).plus(Money.of("10400.00")), after.balanceOf(GlCode.SAVINGS_DEPOSITS));

        // GL statement of cash for the day: opening, three lines with a running balance, closing
        GlStatement cash = reports.glStatement(GlCode.CASH.code(), day, day, TestData.ACCOUNTANT);
        assertEquals(before.balanceOf(GlCode.CASH), cash.opening());
        assertEquals(3, cash.lines().size());
        Money opening = cash.opening();
        assertEquals(opening.plus(Money.of("10000.00")), cash.lines().get(0).balance());
        assertEquals(opening.plus(Money.of("10500.00")), cash.lines().get(1).balance());
        assertEquals(opening.plus(Money.of("10400.00")), cash.lines().get(2).balance());
        assertEquals(Money.of("10500.00"), cash.totalDebits());
        assertEquals(Money.of("100.00"), cash.totalCredits());
        assertEquals(after.balanceOf(GlCode.CASH), cash.closing());
        assertFalse(cash.truncated());
        // a liability's statement runs in its credit nature
        GlStatement savings = reports.glStatement(GlCode.SAVINGS_DEPOSITS.code(), day, day, TestData.ACCOUNTANT);
        assertEquals(after.balanceOf(GlCode.SAVINGS_DEPOSITS), savings.closing());
        assertEquals(savings.closing(), savings.lines().get(savings.lines().size() - 1).balance());
    }

    @Test
    void journal_filtersByReference_caseInsensitively() {
        LocalDate day = unusedDate();
        clock.pin(day);
        BankAccount a = data.savingsWith("Reference Test", "1000.00");
        Loan l = loans.apply(new LoanService.Application(a.customer().id(), a.id(), new BigDecimal("20000"),
                new BigDecimal("12"), 12, "Reference"), TestData.CLERK);
        loans.approve(l.id(), TestData.MANAGER);
        loans.disburse(l.id(), TestData.MANAGER);
        clock.unpin();
        String number = loans.get(l.id()).loanNumber();
        List<JournalEntryRow> found = journal.search(null, null, null, number.toLowerCase(), 0, 20, null, true, TestData.ACCOUNTANT);
        assertEquals(1, found.size(), "the disbursement of " + number);
        assertEquals(EventType.LOAN_DISBURSEMENT, found.get(0).eventType());
        assertEquals(1, journal.count(null, null, null, number, TestData.ACCOUNTANT));
        assertEquals(0, journal.count(day, day, null, "no such reference %", TestData.ACCOUNTANT), "% is a character, not a wildcard");
    }

    @Test
    void ageing_putsLoansInTheBandOfTheirOldestUnpaidInstalment() {
        LocalDate asOf = LocalDate.of(2041, 6, 15);
        AgeingReport before = reports.loanAgeing(asOf, TestData.ACCOUNTANT);
        Loan tenDays = disbursed("Ageing Ten", LocalDate.of(2041, 5, 5), "60000");   // first due 5 June: 10 days
        Loan fortyDays = disbursed("Ageing Forty", LocalDate.of(2041, 4, 6), "90000"); // first due 6 May: 40 days
        assertEquals(asOf.minusDays(10), loans.schedule(tenDays.id()).get(0).dueDate());
        assertEquals(asOf.minusDays(40), loans.schedule(fortyDays.id()).get(0).dueDate());

        AgeingReport after = reports.loanAgeing(asOf, TestData.ACCOUNTANT);
        assertDelta(before, after, Band.DAYS_1_30, 1, "60000.00");
        assertDelta(before, after, Band.DAYS_31_60, 1, "90000.00");
        assertDelta(before, after, Band.CURRENT, 0, "0.00");
        assertDelta(before, after, Band.DAYS_61_90, 0, "0.00");
        assertDelta(before, after, Band.DAYS_90_PLUS, 0, "0.00");
        assertEquals(before.totalOutstanding().plus(Money.of("150000.00")), after.totalOutstanding());

        // the same loans as of the disbursement of the second: both current
        AgeingReport early = reports.loanAgeing(LocalDate.of(2041, 5, 5), TestData.ACCOUNTANT);
        assertTrue(early.bucket(Band.CURRENT).loans() >= 2);
        // 100 days after the forty-day loan's first due date it is NPA
        AgeingReport late = reports.loanAgeing(asOf.plusDays(60), TestData.ACCOUNTANT);
        assertTrue(late.bucket(Band.DAYS_90_PLUS).loans() >= 1);
        assertTrue(late.npaOutstanding().compareTo(Money.of("90000.00")) >= 0, "the forty-day loan is NPA 100 days past due");
        assertTrue(late.npaPercent().compareTo(BigDecimal.ZERO) > 0 && late.npaPercent().compareTo(new BigDecimal("100")) <= 0);
    }

    private Loan disbursed(String name, LocalDate on, String principal) {
        clock.pin(on);
        try {
            BankAccount a = data.savingsWith(name, "1000.00");
            Loan l = loans.apply(new LoanService.Application(a.customer().id(), a.id(), new BigDecimal(principal),
                    new BigDecimal("12"), 12, "Ageing"), TestData.CLERK);
            loans.approve(l.id(), TestData.MANAGER);
            return loans.disburse(l.id(), TestData.MANAGER);
        } finally {
            clock.unpin();
        }
    }

    private static void assertDelta(AgeingReport before, AgeingReport after, Band band, long loans, String outstanding) {
        assertEquals(before.bucket(band).loans() + loans, after.bucket(band).loans(), band.name());
        assertEquals(before.bucket(band).outstanding().plus(Money.of(outstanding)), after.bucket(band).outstanding(), band.name());
    }

    @Test
    void onlyAccountantsAndManagers_readTheReports() {
        LocalDate d = LocalDate.of(2026, 1, 1);
        assertThrows(AccessDeniedException.class, () -> reports.trialBalance(d, TestData.CASHIER));
        assertThrows(AccessDeniedException.class, () -> reports.loanAgeing(d, TestData.CLERK));
        assertThrows(AccessDeniedException.class, () -> journal.dayBook(d, TestData.CASHIER));
        assertThrows(AccessDeniedException.class, () -> journal.count(null, null, null, null, org.coopbank.shared.Actor.customer("C0000001", 1L)));
        assertTrue(reports.trialBalance(d, TestData.MANAGER).balances());
    }
}
