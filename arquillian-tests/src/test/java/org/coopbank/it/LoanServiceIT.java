package org.coopbank.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.account.AccountService;
import org.coopbank.account.BankAccount;
import org.coopbank.ledger.LedgerReports;
import org.coopbank.loan.InstallmentStatus;
import org.coopbank.loan.Loan;
import org.coopbank.loan.LoanInstallment;
import org.coopbank.loan.LoanRepayment;
import org.coopbank.loan.LoanService;
import org.coopbank.loan.LoanStatus;
import org.coopbank.loan.RepaymentChannel;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.InsufficientFundsException;
import org.coopbank.shared.InvalidAmountException;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.Money;
import org.coopbank.shared.ValidationFailedException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class LoanServiceIT {

    private static final LocalDate DAY0 = LocalDate.of(2026, 1, 10);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(LoanServiceIT.class);
    }

    @Inject
    LoanService loans;

    @Inject
    AccountService accounts;

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
        clock.unpin();
        LedgerAssertions.assertBooksSound(reports, clock);
    }

    private Loan disbursedLoan(String name, String principal, String rate, int months) {
        clock.pin(DAY0);
        BankAccount a = data.savingsWith(name, "5000.00");
        Loan l = loans.apply(new LoanService.Application(a.customer().id(), a.id(), new BigDecimal(principal),
                new BigDecimal(rate), months, "Working capital"), TestData.CLERK);
        loans.approve(l.id(), TestData.MANAGER);
        return loans.disburse(l.id(), TestData.CASHIER);
    }

    @Test
    void disburse_creditsAccount_buildsSchedule_principalsSumToP() {
        Loan l = disbursedLoan("Disburse Test", "120000", "11.5", 24);
        assertEquals(LoanStatus.DISBURSED, l.status());
        assertEquals(Money.of("125000.00"), accounts.get(l.account().id()).balance());
        List<LoanInstallment> s = loans.schedule(l.id());
        assertEquals(24, s.size());
        assertEquals(DAY0.plusMonths(1), s.get(0).dueDate());
        assertEquals(Money.of("120000"), s.stream().map(LoanInstallment::principalDue).reduce(Money.ZERO, Money::plus));
        assertEquals(Money.of("120000"), loans.get(l.id()).outstandingPrincipal());
    }

    @Test
    void wrongStateTransitions_areRefused() {
        clock.pin(DAY0);
        BankAccount a = data.savingsWith("State Test", "100.00");
        Loan l = loans.apply(new LoanService.Application(a.customer().id(), a.id(), new BigDecimal("50000"),
                new BigDecimal("10"), 12, "Roof repair"), TestData.CLERK);
        assertThrows(InvalidStateException.class, () -> loans.disburse(l.id(), TestData.CASHIER));
        assertThrows(ValidationFailedException.class, () -> loans.reject(l.id(), "", TestData.MANAGER));
        loans.reject(l.id(), "Income not verified", TestData.MANAGER);
        assertThrows(InvalidStateException.class, () -> loans.approve(l.id(), TestData.MANAGER));
        assertThrows(InvalidStateException.class, () -> loans.disburse(l.id(), TestData.CASHIER));
        assertEquals("Income not verified", loans.get(l.id()).rejectionReason());
    }

    @Test
    void apply_invalidInput_isRefused() {
        BankAccount a = data.savingsWith("Apply Test", "100.00");
        BankAccount other = data.savingsWith("Someone Else", "100.00");
        assertThrows(ValidationFailedException.class, () -> loans.apply(new LoanService.Application(a.customer().id(),
                a.id(), new BigDecimal("500"), new BigDecimal("10"), 12, "Too small"), TestData.CLERK));
        assertThrows(ValidationFailedException.class, () -> loans.apply(new LoanService.Application(a.customer().id(),
                a.id(), new BigDecimal("50000"), new BigDecimal("10"), 361, "Too long"), TestData.CLERK));
        assertThrows(ValidationFailedException.class, () -> loans.apply(new LoanService.Application(a.customer().id(),
                other.id(), new BigDecimal("50000"), new BigDecimal("10"), 12, "Not my account"), TestData.CLERK));
    }

    @Test
    void repayment_goesToPenaltyThenInterestThenPrincipal_oldestFirst() {
        Loan l = disbursedLoan("Allocation Test", "100000", "12", 12);
        LoanInstallment first = loans.schedule(l.id()).get(0);
        // 10 days after the first due date, unpaid: penal interest at 2% p.a. on its principal for 10 days
        clock.pin(first.dueDate().plusDays(10));
        Money penalty = loans.chargePenalInterest(l.id(), TestData.CASHIER);
        Money expectedPenalty = Money.of(first.principalDue().amount().multiply(new BigDecimal("2"))
                .multiply(BigDecimal.TEN).divide(new BigDecimal("36500"), 10, RoundingMode.HALF_UP));
        assertEquals(expectedPenalty, penalty);
        assertEquals(Money.ZERO, loans.chargePenalInterest(l.id(), TestData.CASHIER), "same day charges nothing twice");
        assertEquals(InstallmentStatus.OVERDUE, loans.schedule(l.id()).get(0).status());

        // pay penalty + interest + 100 of principal
        Money pay = penalty.plus(first.interestDue()).plus(Money.of(100));
        LoanRepayment r = loans.repay(l.id(), pay.amount(), RepaymentChannel.CASH, "RCPT-1", TestData.CASHIER);
        assertEquals(penalty, r.penaltyPart());
        assertEquals(first.interestDue(), r.interestPart());
        assertEquals(Money.of(100), r.principalPart());
        LoanInstallment after = loans.schedule(l.id()).get(0);
        assertEquals(Money.of(100), after.principalPaid());
        assertEquals(InstallmentStatus.OVERDUE, after.status());
        assertEquals(Money.of(100000).minus(Money.of(100)), loans.get(l.id()).outstandingPrincipal());

        // the rest of instalment 1 and part of instalment 2 in one payment, from the account
        Money rest = after.outstanding().plus(Money.of(50));
        LoanRepayment r2 = loans.repay(l.id(), rest.amount(), RepaymentChannel.ACCOUNT, null, TestData.CASHIER);
        assertEquals(rest, r2.amount());
        List<LoanInstallment> s = loans.schedule(l.id());
        assertEquals(InstallmentStatus.PAID, s.get(0).status());
        assertEquals(InstallmentStatus.PARTIALLY_PAID, s.get(1).status());
        assertEquals(Money.of(50), s.get(1).interestPaid());
    }

    @Test
    void payingMoreThanIsDue_isRefused_unlessForeclosed() {
        Loan l = disbursedLoan("Foreclose Test", "60000", "10", 12);
        Money payable = loans.payableNow(l.id());
        assertEquals(loans.schedule(l.id()).get(0).emi(), payable, "before any due date, the next EMI may be paid");
        Books.Counts before = books.counts();
        assertThrows(InvalidAmountException.class, () -> loans.repay(l.id(), payable.plus(Money.of("0.01")).amount(),
                RepaymentChannel.CASH, null, TestData.CASHIER));
        assertEquals(before, books.counts());

        clock.pin(DAY0.plusMonths(1).plusDays(5));
        Money due = loans.foreclosureAmount(l.id());
        LoanRepayment r = loans.foreclose(l.id(), RepaymentChannel.CASH, null, TestData.CASHIER);
        assertEquals(due, r.amount());
        assertEquals(Money.of("60000"), r.principalPart());
        Loan closed = loans.get(l.id());
        assertEquals(LoanStatus.CLOSED, closed.status());
        assertTrue(closed.outstandingPrincipal().isZero());
        assertThrows(InvalidStateException.class, () -> loans.repay(l.id(), BigDecimal.ONE, RepaymentChannel.CASH, null,
                TestData.CASHIER));
    }

    @Test
    void prepayment_reducesPrincipal_andRecomputesTheRemainingSchedule() {
        Loan l = disbursedLoan("Prepay Test", "120000", "12", 12);
        clock.pin(DAY0.plusDays(10));
        LoanRepayment r = loans.prepay(l.id(), new BigDecimal("20000"), RepaymentChannel.CASH, "PRE-1", TestData.CASHIER);
        assertEquals(LoanRepayment.Kind.PREPAYMENT, r.kind());
        assertEquals(Money.of(20000), r.principalPart());
        assertTrue(r.interestPart().isZero() && r.penaltyPart().isZero());
        Loan after = loans.get(l.id());
        assertEquals(Money.of(100000), after.outstandingPrincipal());
        assertEquals(Money.of("8884.88"), after.emiAmount(), "EMI of 100000 at 12% over the 12 months left");
        List<LoanInstallment> s = loans.schedule(l.id());
        assertEquals(12, s.size());
        assertEquals(DAY0.plusMonths(1), s.get(0).dueDate(), "due dates stay");
        assertEquals(Money.of("1000.00"), s.get(0).interestDue());
        assertEquals(Money.of(100000), s.stream().map(LoanInstallment::principalDue).reduce(Money.ZERO, Money::plus));
    }

    @Test
    void prepayment_refusedWithDuesOutstanding_orForTheWholePrincipal() {
        Loan l = disbursedLoan("Prepay Refused", "50000", "10", 6);
        Books.Counts before = books.counts();
        assertThrows(InvalidAmountException.class, () -> loans.prepay(l.id(), new BigDecimal("50000"),
                RepaymentChannel.CASH, null, TestData.CASHIER));
        clock.pin(DAY0.plusMonths(1).plusDays(1));
        assertThrows(InvalidStateException.class, () -> loans.prepay(l.id(), new BigDecimal("1000"),
                RepaymentChannel.CASH, null, TestData.CASHIER));
        assertEquals(before, books.counts());
    }

    @Test
    void repaymentFromAccount_withoutFunds_isRefused_andChangesNothing() {
        Loan l = disbursedLoan("No Funds Test", "10000", "9", 6);
        BankAccount a = accounts.get(l.account().id());
        accounts.withdraw(a.id(), a.balance().amount(), "Empty it", TestData.CASHIER);
        Books.Counts before = books.counts();
        Money emi = loans.schedule(l.id()).get(0).emi();
        assertThrows(InsufficientFundsException.class, () -> loans.repay(l.id(), emi.amount(), RepaymentChannel.ACCOUNT,
                null, TestData.CASHIER));
        assertEquals(before, books.counts());
        assertTrue(loans.schedule(l.id()).get(0).principalPaid().isZero());
    }

    @Test
    void fullRepaymentOfEverySchedule_closesTheLoan() {
        Loan l = disbursedLoan("Full Term", "24000", "0", 3);
        for (LoanInstallment i : loans.schedule(l.id())) {
            clock.pin(i.dueDate());
            loans.repay(l.id(), i.emi().amount(), RepaymentChannel.ONLINE, "pay_" + i.seqNo(), TestData.CASHIER);
        }
        Loan closed = loans.get(l.id());
        assertEquals(LoanStatus.CLOSED, closed.status());
        assertEquals(DAY0.plusMonths(3), closed.closedOn());
        assertEquals(3, loans.repayments(l.id()).size());
    }
}
