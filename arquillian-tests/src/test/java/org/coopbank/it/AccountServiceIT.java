package org.coopbank.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.coopbank.account.AccountService;
import org.coopbank.account.AccountStatus;
import org.coopbank.account.AccountTransaction;
import org.coopbank.account.AccountType;
import org.coopbank.account.BankAccount;
import org.coopbank.account.TxnType;
import org.coopbank.audit.AuditService;
import org.coopbank.customer.Customer;
import org.coopbank.customer.CustomerService;
import org.coopbank.ledger.EventType;
import org.coopbank.ledger.JournalEntry;
import org.coopbank.ledger.LedgerReports;
import org.coopbank.shared.AccountNumbers;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.BusinessException;
import org.coopbank.shared.InsufficientFundsException;
import org.coopbank.shared.InvalidAmountException;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.Money;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.ValidationFailedException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(AccountServiceIT.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    CustomerService customers;

    @Inject
    AuditService audit;

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

    @Test
    void open_givesAValidNumberAndZeroBalance_andIsAudited() {
        Customer c = data.approvedCustomer("Open Test");
        BankAccount a = accounts.open(c.id(), AccountType.CURRENT, TestData.CLERK);
        assertTrue(AccountNumbers.isValid(a.accountNumber()), a.accountNumber());
        assertTrue(a.accountNumber().startsWith("00120"));
        assertEquals(Money.ZERO, a.balance());
        assertEquals(AccountStatus.ACTIVE, a.status());
        assertEquals(1, audit.forEntity("BankAccount", a.id()).size());
    }

    @Test
    void open_refusedForCustomerAwaitingApproval() {
        Customer pending = customers.register(data.registration("Pending Person"), TestData.CLERK);
        assertThrows(InvalidStateException.class, () -> accounts.open(pending.id(), AccountType.SAVINGS, TestData.CLERK));
        assertTrue(accounts.forCustomer(pending.id()).isEmpty());
    }

    @Test
    void deposit_creditsBalance_andWritesSubledgerLineWithBalanceAfter() {
        BankAccount a = data.savingsWith("Deposit Test", "1000.00");
        AccountTransaction t = accounts.deposit(a.id(), new BigDecimal("250.75"), null, TestData.CASHIER);
        assertEquals(Money.of("1250.75"), t.balanceAfter());
        assertEquals(TxnType.CASH_DEPOSIT, t.type());
        assertEquals(Money.of("1250.75"), accounts.get(a.id()).balance());
    }

    @Test
    void withdraw_debitsBalance_exactlyToZeroIsAllowed() {
        BankAccount a = data.savingsWith("Withdraw Test", "500.00");
        accounts.withdraw(a.id(), new BigDecimal("499.99"), "ATM", TestData.CASHIER);
        AccountTransaction t = accounts.withdraw(a.id(), new BigDecimal("0.01"), null, TestData.CASHIER);
        assertEquals(Money.ZERO, t.balanceAfter());
    }

    @Test
    void withdraw_beyondBalance_isRefused_andChangesNothing() {
        BankAccount a = data.savingsWith("Overdraft Test", "100.00");
        assertRefusedWithoutChange(InsufficientFundsException.class,
                () -> accounts.withdraw(a.id(), new BigDecimal("100.01"), null, TestData.CASHIER));
        assertEquals(Money.of("100.00"), accounts.get(a.id()).balance());
    }

    @Test
    void zeroNegativeAndSubPaiseAmounts_areRefused() {
        BankAccount a = data.savingsWith("Amount Test", "100.00");
        for (String bad : List.of("0", "-5", "0.001", "10.125")) {
            assertRefusedWithoutChange(InvalidAmountException.class,
                    () -> accounts.deposit(a.id(), new BigDecimal(bad), null, TestData.CASHIER));
            assertRefusedWithoutChange(InvalidAmountException.class,
                    () -> accounts.withdraw(a.id(), new BigDecimal(bad), null, TestData.CASHIER));
        }
        assertRefusedWithoutChange(ValidationFailedException.class,
                () -> accounts.deposit(a.id(), null, null, TestData.CASHIER));
    }

    @Test
    void frozenAccount_refusesDepositsAndWithdrawals_untilUnfrozen() {
        BankAccount a = data.savingsWith("Frozen Test", "300.00");
        accounts.freeze(a.id(), "Court order", TestData.MANAGER);
        assertRefusedWithoutChange(InvalidStateException.class,
                () -> accounts.deposit(a.id(), new BigDecimal("10"), null, TestData.CASHIER));
        assertRefusedWithoutChange(InvalidStateException.class,
                () -> accounts.withdraw(a.id(), new BigDecimal("10"), null, TestData.CASHIER));
        accounts.unfreeze(a.id(), TestData.MANAGER);
        assertEquals(Money.of("310.00"), accounts.deposit(a.id(), new BigDecimal("10"), null, TestData.CASHIER).balanceAfter());
    }

    @Test
    void blockedCustomer_cannotBeDebited_butMayStillReceiveMoney() {
        BankAccount a = data.savingsWith("Blocked Holder", "300.00");
        customers.block(a.customer().id(), "Fraud investigation", TestData.MANAGER);
        assertRefusedWithoutChange(InvalidStateException.class,
                () -> accounts.withdraw(a.id(), new BigDecimal("10"), null, TestData.CASHIER));
        assertEquals(Money.of("310.00"), accounts.deposit(a.id(), new BigDecimal("10"), null, TestData.CASHIER).balanceAfter());
        customers.unblock(a.customer().id(), TestData.MANAGER);
        assertEquals(Money.of("300.00"), accounts.withdraw(a.id(), new BigDecimal("10"), null, TestData.CASHIER).balanceAfter());
    }

    @Test
    void transfer_movesMoneyBetweenAccounts_inOneBalancedEntry() {
        BankAccount from = data.savingsWith("Transfer From", "1000.00");
        BankAccount to = data.savingsWith("Transfer To", "10.00");
        AccountTransaction out = accounts.transfer(from.id(), to.id(), new BigDecimal("400.40"), "Rent", TestData.CASHIER);
        assertEquals(Money.of("599.60"), out.balanceAfter());
        assertEquals(Money.of("410.40"), accounts.get(to.id()).balance());
        List<AccountTransaction> in = accounts.transactions(to.id(), clock.today(), clock.today());
        assertEquals(TxnType.TRANSFER_IN, in.get(in.size() - 1).type());
    }

    @Test
    void transfer_refusals_changeNothing() {
        BankAccount from = data.savingsWith("Refused From", "50.00");
        BankAccount to = data.savingsWith("Refused To", "0");
        assertRefusedWithoutChange(InsufficientFundsException.class,
                () -> accounts.transfer(from.id(), to.id(), new BigDecimal("50.01"), null, TestData.CASHIER));
        assertRefusedWithoutChange(ValidationFailedException.class,
                () -> accounts.transfer(from.id(), from.id(), new BigDecimal("1"), null, TestData.CASHIER));
        assertRefusedWithoutChange(NotFoundException.class,
                () -> accounts.transfer(from.id(), 987654321L, new BigDecimal("1"), null, TestData.CASHIER));
        accounts.freeze(to.id(), "KYC refresh", TestData.MANAGER);
        assertRefusedWithoutChange(InvalidStateException.class,
                () -> accounts.transfer(from.id(), to.id(), new BigDecimal("1"), null, TestData.CASHIER));
        assertEquals(Money.of("50.00"), accounts.get(from.id()).balance());
    }

    @Test
    void close_requiresZeroBalance() {
        BankAccount a = data.savingsWith("Close Test", "20.00");
        assertThrows(InvalidStateException.class, () -> accounts.close(a.id(), TestData.MANAGER));
        accounts.withdraw(a.id(), new BigDecimal("20.00"), null, TestData.CASHIER);
        assertEquals(AccountStatus.CLOSED, accounts.close(a.id(), TestData.MANAGER).status());
        assertRefusedWithoutChange(InvalidStateException.class,
                () -> accounts.deposit(a.id(), new BigDecimal("1"), null, TestData.CASHIER));
    }

    @Test
    void reverse_undoesADeposit_withANewEntry_onlyOnce() {
        BankAccount a = data.savingsWith("Reverse Deposit", "100.00");
        AccountTransaction wrong = accounts.deposit(a.id(), new BigDecimal("5000.00"), "Keyed 5000 instead of 500",
                TestData.CASHIER);
        JournalEntry rev = reverse(wrong.journalEntry().id(), "Wrong amount keyed");
        assertEquals(EventType.REVERSAL, rev.eventType());
        assertEquals(Money.of("100.00"), accounts.get(a.id()).balance());
        List<AccountTransaction> lines = accounts.transactions(a.id(), clock.today(), clock.today());
        assertEquals(3, lines.size(), "the original stays; the reversal is a new line");
        assertEquals(TxnType.REVERSAL, lines.get(2).type());
        assertEquals(AccountTransaction.Direction.DEBIT, lines.get(2).direction());
        assertRefusedWithoutChange(InvalidStateException.class,
                () -> accounts.requestReversal(wrong.journalEntry().id(), "again", TestData.CASHIER));
        assertRefusedWithoutChange(ValidationFailedException.class,
                () -> accounts.requestReversal(wrong.journalEntry().id(), " ", TestData.CASHIER));
    }

    @Test
    void reverse_undoesATransfer_onBothAccounts() {
        BankAccount from = data.savingsWith("Reverse From", "800.00");
        BankAccount to = data.savingsWith("Reverse To", "0");
        AccountTransaction t = accounts.transfer(from.id(), to.id(), new BigDecimal("300"), "Wrong payee", TestData.CASHIER);
        reverse(t.journalEntry().id(), "Wrong payee");
        assertEquals(Money.of("800.00"), accounts.get(from.id()).balance());
        assertEquals(Money.ZERO, accounts.get(to.id()).balance());
    }

    @Test
    void reverse_ofADepositAlreadySpent_isRefused() {
        BankAccount a = data.savingsWith("Reverse Spent", "0");
        AccountTransaction d = accounts.deposit(a.id(), new BigDecimal("200"), null, TestData.CASHIER);
        accounts.withdraw(a.id(), new BigDecimal("150"), null, TestData.CASHIER);
        long request = accounts.requestReversal(d.journalEntry().id(), "Late correction", TestData.CASHIER).id();
        assertRefusedWithoutChange(InsufficientFundsException.class,
                () -> accounts.approveReversal(request, TestData.MANAGER));
        assertRefusedWithoutChange(NotFoundException.class,
                () -> accounts.requestReversal(987654321L, "No such entry", TestData.CASHIER));
    }

    @Test
    void reversal_needsASecondStaffUser_andOneLiveRequestPerEntry() {
        BankAccount a = data.savingsWith("Reverse Checker", "100.00");
        AccountTransaction d = accounts.deposit(a.id(), new BigDecimal("40.00"), null, TestData.CASHIER);
        org.coopbank.shared.Actor managerWhoAsked = org.coopbank.shared.Actor.staff("test.manager2",
                org.coopbank.staff.StaffRole.MANAGER);
        long request = accounts.requestReversal(d.journalEntry().id(), "Keyed twice", managerWhoAsked).id();
        assertRefusedWithoutChange(org.coopbank.shared.AccessDeniedException.class,
                () -> accounts.approveReversal(request, managerWhoAsked));
        assertRefusedWithoutChange(org.coopbank.shared.AccessDeniedException.class,
                () -> accounts.approveReversal(request, TestData.CASHIER));
        assertRefusedWithoutChange(org.coopbank.shared.DuplicateException.class,
                () -> accounts.requestReversal(d.journalEntry().id(), "Asked again", TestData.CASHIER));
        assertEquals(Money.of("140.00"), accounts.get(a.id()).balance(), "nothing moves until a checker approves");
        accounts.approveReversal(request, TestData.MANAGER);
        assertEquals(Money.of("100.00"), accounts.get(a.id()).balance());
    }

    private JournalEntry reverse(long entryId, String reason) {
        long request = accounts.requestReversal(entryId, reason, TestData.CASHIER).id();
        return accounts.approveReversal(request, TestData.MANAGER);
    }

    @Test
    void moneyMovements_leaveAuditRecordsWithBalanceBeforeAndAfter() {
        BankAccount a = data.savingsWith("Audit Money", "0");
        accounts.deposit(a.id(), new BigDecimal("42.00"), null, TestData.CASHIER);
        org.coopbank.audit.AuditRecord last = audit.forEntity("BankAccount", a.id()).stream()
                .reduce((x, y) -> y).orElseThrow();
        assertEquals("account.deposit", last.action());
        assertEquals("test.cashier", last.actor());
        assertTrue(last.before().contains("\"0.00\"") && last.after().contains("\"42.00\""), last.after());
    }

    private void assertRefusedWithoutChange(Class<? extends BusinessException> expected, Executable call) {
        Books.Counts before = books.counts();
        assertThrows(expected, call);
        assertEquals(before, books.counts(), "a refused operation must change nothing");
    }
}
