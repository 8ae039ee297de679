package org.coopbank.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.coopbank.account.AccountQueries;
import org.coopbank.account.AccountService;
import org.coopbank.account.AccountTransaction;
import org.coopbank.account.BankAccount;
import org.coopbank.account.CounterWithdrawal;
import org.coopbank.account.WithdrawalApprovals;
import org.coopbank.account.WithdrawalRequest;
import org.coopbank.account.WithdrawalRow;
import org.coopbank.document.DocumentService;
import org.coopbank.ledger.EventType;
import org.coopbank.ledger.LedgerReports;
import org.coopbank.ledger.TellerDay;
import org.coopbank.settings.SettingsService;
import org.coopbank.shared.AccessDeniedException;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.BusinessException;
import org.coopbank.shared.DuplicateException;
import org.coopbank.shared.InsufficientFundsException;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.Money;
import org.coopbank.shared.ValidationFailedException;
import org.coopbank.staff.StaffRole;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Withdrawals above the maker-checker limit ({@code limit.withdrawal-approval}, ₹2,00,000 by default): filed, not
 * posted; approved by a manager who is not the cashier (posted then, balance checked again), or rejected with a
 * reason; every refusal changes nothing and the books stay sound.
 */
@ExtendWith(ArquillianExtension.class)
class WithdrawalApprovalIT {

    private static final BigDecimal ABOVE = new BigDecimal("250000.00");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(WithdrawalApprovalIT.class);
    }

    @Inject
    WithdrawalApprovals withdrawals;

    @Inject
    AccountService accounts;

    @Inject
    AccountQueries queries;

    @Inject
    SettingsService settings;

    @Inject
    DocumentService documents;

    @Inject
    TellerDay tellerDay;

    @Inject
    TestData data;

    @Inject
    Books books;

    @Inject
    LedgerReports reports;

    @Inject
    BusinessClock clock;

    @AfterEach
    void booksStaySound() {
        LedgerAssertions.assertBooksSound(reports, clock);
    }

    private static Actor cashier(String name) {
        return Actor.staff(name + "." + System.nanoTime(), StaffRole.CASHIER);
    }

    private WithdrawalRow row(Actor maker, long requestId) {
        return queries.myWithdrawals(50, maker).stream().filter(r -> r.id() == requestId).findFirst().orElseThrow();
    }

    @Test
    void theLimit_isASetting_ofTwoLakh_validatedLikeTheOtherLimits() {
        assertEquals(Money.of("200000.00"), settings.withdrawalApprovalLimit());
        for (String bad : List.of("0", "-1", "abc", "10.001", "1E+100000000")) {
            assertThrows(ValidationFailedException.class,
                    () -> settings.change(SettingsService.WITHDRAWAL_APPROVAL, bad, TestData.SUPERADMIN), bad);
        }
        assertThrows(AccessDeniedException.class,
                () -> settings.change(SettingsService.WITHDRAWAL_APPROVAL, "300000", TestData.MANAGER));
        assertEquals(Money.of("200000.00"), settings.withdrawalApprovalLimit());
    }

    @Test
    void atTheLimit_theWithdrawalIsPostedAtOnce() {
        BankAccount a = data.savingsWith("Limit Exact", "300000.00");
        CounterWithdrawal w = withdrawals.withdraw(a.id(), new BigDecimal("200000.00"), null, TestData.CASHIER);
        assertFalse(w.pending());
        assertNotNull(w.journalEntryId());
        assertEquals(Money.of("100000.00"), accounts.get(a.id()).balance());
    }

    @Test
    void aboveTheLimit_itIsFiledForAManager_andNothingMoves() {
        BankAccount a = data.savingsWith("Limit Above", "300000.00");
        Actor maker = cashier("maker");
        Books.Counts before = books.counts();
        CounterWithdrawal w = withdrawals.withdraw(a.id(), new BigDecimal("200000.01"), "School fees", maker);
        assertTrue(w.pending());
        assertNull(w.journalEntryId());
        assertEquals(Money.of("300000.00"), accounts.get(a.id()).balance());
        Books.Counts after = books.counts();
        assertEquals(before.journalEntries(), after.journalEntries(), "no entry posted");
        assertEquals(before.accountTransactions(), after.accountTransactions());
        assertEquals(before.auditRecords() + 1, after.auditRecords(), "the request is audited");
        WithdrawalRow r = row(maker, w.requestId());
        assertEquals(WithdrawalRequest.Status.PENDING, r.status());
        assertEquals(Money.of("200000.01"), r.amount());
        assertEquals(a.accountNumber(), r.accountNumber());
        assertTrue(queries.pendingWithdrawals(500, TestData.MANAGER).stream().anyMatch(p -> p.id().equals(w.requestId())));

        // the posting path itself refuses what is above the limit, so no screen can go around the checker
        assertRefusedWithoutChange(InvalidStateException.class,
                () -> accounts.withdraw(a.id(), ABOVE, null, TestData.CASHIER));
        BankAccount to = data.savingsWith("Limit Transfer To", "0");
        assertRefusedWithoutChange(InvalidStateException.class,
                () -> accounts.transfer(a.id(), to.id(), ABOVE, null, TestData.CASHIER));
        // one pending request per account (a unique key); a request beyond the balance is refused at once
        assertRefusedWithoutChange(DuplicateException.class,
                () -> withdrawals.withdraw(a.id(), ABOVE, null, TestData.CASHIER));
        BankAccount poor = data.savingsWith("Limit Poor", "1000.00");
        assertRefusedWithoutChange(InsufficientFundsException.class,
                () -> withdrawals.withdraw(poor.id(), ABOVE, null, TestData.CASHIER));
    }

    @Test
    void aManagerWhoIsNotTheMaker_approves_thenItIsPosted_withAReceipt_inTheTellersDay() {
        BankAccount a = data.savingsWith("Approve Member", "300000.00");
        Actor maker = cashier("approve");
        long request = withdrawals.withdraw(a.id(), ABOVE, "House repair", maker).requestId();
        AccountTransaction t = withdrawals.approve(request, TestData.MANAGER);
        assertEquals(Money.of("50000.00"), t.balanceAfter());
        assertEquals(Money.of("50000.00"), accounts.get(a.id()).balance());
        assertEquals(EventType.CASH_WITHDRAWAL, t.journalEntry().eventType());
        assertEquals(TestData.MANAGER.toString(), t.journalEntry().postedBy(), "posted by the checker who approved it");
        WithdrawalRow r = row(maker, request);
        assertEquals(WithdrawalRequest.Status.APPROVED, r.status());
        assertEquals(t.journalEntry().id(), r.journalEntryId());
        assertEquals("test.manager", r.decidedByName());
        assertEquals(t.journalEntry().id().longValue(), documents.receipt(t.journalEntry().id(), maker).entryId());
        assertTrue(tellerDay.today(maker).stream().anyMatch(d -> d.eventType().equals("CASH_WITHDRAWAL")
                && d.cashOut().equals(Money.of(ABOVE))), "the cash left the maker's drawer: " + tellerDay.today(maker));
        assertRefusedWithoutChange(InvalidStateException.class, () -> withdrawals.approve(request, TestData.MANAGER));
        assertRefusedWithoutChange(InvalidStateException.class,
                () -> withdrawals.reject(request, "Too late", TestData.MANAGER));
    }

    @Test
    void theMakerCannotApprove_norACashier_andNothingChanges() {
        BankAccount a = data.savingsWith("Maker Checker", "300000.00");
        Actor both = Actor.staff("cashier.manager." + System.nanoTime(), StaffRole.CASHIER, StaffRole.MANAGER);
        long request = withdrawals.withdraw(a.id(), ABOVE, null, both).requestId();
        assertRefusedWithoutChange(AccessDeniedException.class, () -> withdrawals.approve(request, both));
        assertRefusedWithoutChange(AccessDeniedException.class, () -> withdrawals.reject(request, "Mine", both));
        assertRefusedWithoutChange(AccessDeniedException.class, () -> withdrawals.approve(request, TestData.CASHIER));
        assertRefusedWithoutChange(AccessDeniedException.class, () -> withdrawals.approve(request, TestData.ACCOUNTANT));
        assertEquals(WithdrawalRequest.Status.PENDING, row(both, request).status());
        assertEquals(Money.of("300000.00"), accounts.get(a.id()).balance());
    }

    @Test
    void insufficientFundsAtApproval_isRefused_andChangesNothing_thenItCanBeRejected() {
        BankAccount a = data.savingsWith("Spent Meanwhile", "300000.00");
        Actor maker = cashier("spent");
        long request = withdrawals.withdraw(a.id(), ABOVE, null, maker).requestId();
        accounts.withdraw(a.id(), new BigDecimal("100000.00"), "Meanwhile", TestData.CASHIER);
        assertRefusedWithoutChange(InsufficientFundsException.class, () -> withdrawals.approve(request, TestData.MANAGER));
        assertEquals(Money.of("200000.00"), accounts.get(a.id()).balance());
        WithdrawalRow r = row(maker, request);
        assertEquals(WithdrawalRequest.Status.PENDING, r.status(), "the request still waits");
        assertFalse(r.covered(), "the manager's list shows it is no longer covered");

        assertRefusedWithoutChange(ValidationFailedException.class, () -> withdrawals.reject(request, " ", TestData.MANAGER));
        Books.Counts before = books.counts();
        withdrawals.reject(request, "Balance no longer covers it", TestData.MANAGER);
        Books.Counts after = books.counts();
        assertEquals(before.journalEntries(), after.journalEntries(), "a rejection posts nothing");
        r = row(maker, request);
        assertEquals(WithdrawalRequest.Status.REJECTED, r.status());
        assertEquals("Balance no longer covers it", r.reason());
        assertNull(r.journalEntryId());
        assertRefusedWithoutChange(InvalidStateException.class, () -> withdrawals.approve(request, TestData.MANAGER));
        // decided: the account may have a new request
        accounts.deposit(a.id(), new BigDecimal("1000.00"), null, TestData.CASHIER);
        assertTrue(withdrawals.withdraw(a.id(), new BigDecimal("200000.50"), null, maker).pending());
    }

    @Test
    void theMaker_mayCancelTheirOwnPendingRequest_onlyThem() {
        BankAccount a = data.savingsWith("Cancel Member", "300000.00");
        Actor maker = cashier("cancel");
        long request = withdrawals.withdraw(a.id(), ABOVE, null, maker).requestId();
        assertRefusedWithoutChange(AccessDeniedException.class, () -> withdrawals.cancel(request, cashier("other")));
        withdrawals.cancel(request, maker);
        assertEquals(WithdrawalRequest.Status.CANCELLED, row(maker, request).status());
        assertRefusedWithoutChange(InvalidStateException.class, () -> withdrawals.approve(request, TestData.MANAGER));
        assertEquals(Money.of("300000.00"), accounts.get(a.id()).balance());
    }

    @Test
    void aRaisedLimit_letsTheSameAmountThrough_atOnce() {
        BankAccount a = data.savingsWith("Raised Limit", "300000.00");
        settings.change(SettingsService.WITHDRAWAL_APPROVAL, "500000", TestData.SUPERADMIN);
        try {
            CounterWithdrawal w = withdrawals.withdraw(a.id(), ABOVE, null, TestData.CASHIER);
            assertFalse(w.pending());
            assertEquals(Money.of("50000.00"), w.balanceAfter());
        } finally {
            settings.change(SettingsService.WITHDRAWAL_APPROVAL, "200000.00", TestData.SUPERADMIN);
        }
    }

    private void assertRefusedWithoutChange(Class<? extends BusinessException> expected, Executable call) {
        Books.Counts before = books.counts();
        assertThrows(expected, call);
        assertEquals(before, books.counts(), "a refused operation must change nothing");
    }
}
