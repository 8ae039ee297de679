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
import org.coopbank.loan.ForeclosureQuote;
import org.coopbank.loan.InstallmentStatus;
import org.coopbank.loan.Loan;
import org.coopbank.loan.LoanInstallment;
import org.coopbank.loan.LoanRepayment;
import org.coopbank.loan.LoanService;
import org.coopbank.loan.LoanStatus;
import org.coopbank.loan.PrepaymentOption;
import org.coopbank.loan.PrepaymentPreview;
import org.coopbank.settings.SettingsService;
import org.coopbank.shared.AccessDeniedException;
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

    @Inject
    SettingsService settings;

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
        return loans.disburse(l.id(), TestData.MANAGER);
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
        assertThrows(InvalidStateException.class, () -> loans.disburse(l.id(), TestData.MANAGER));
        assertThrows(ValidationFailedException.class, () -> loans.reject(l.id(), "", TestData.MANAGER));
        loans.reject(l.id(), "Income not verified", TestData.MANAGER);
        assertThrows(InvalidStateException.class, () -> loans.approve(l.id(), TestData.MANAGER));
        assertThrows(InvalidStateException.class, () -> loans.disburse(l.id(), TestData.MANAGER));
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
        Money penalty = loans.chargePenalInterest(l.id(), TestData.SYSTEM);
        Money expectedPenalty = Money.of(first.principalDue().amount().multiply(new BigDecimal("2"))
                .multiply(BigDecimal.TEN).divide(new BigDecimal("36500"), 10, RoundingMode.HALF_UP));
        assertEquals(expectedPenalty, penalty);
        assertEquals(Money.ZERO, loans.chargePenalInterest(l.id(), TestData.SYSTEM), "same day charges nothing twice");
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
        Money due = loans.foreclosureQuote(l.id(), TestData.CASHIER).total();
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
    void prepayment_takesBrokenPeriodInterestFirst_thenReducesPrincipal_withALowerEmi() {
        Loan l = disbursedLoan("Prepay Test", "120000", "12", 12);
        clock.pin(DAY0.plusDays(10));
        LoanRepayment r = loans.prepay(l.id(), new BigDecimal("20000"), PrepaymentOption.REDUCE_EMI,
                RepaymentChannel.CASH, "PRE-1", TestData.CASHIER);
        assertEquals(LoanRepayment.Kind.PREPAYMENT, r.kind());
        // 10 days on 120000 at 12%: 120000 × 12 × 10 / 36500 = 394.52 interest, the rest to principal
        assertEquals(Money.of("394.52"), r.interestPart());
        assertEquals(Money.of("19605.48"), r.principalPart());
        Loan after = loans.get(l.id());
        assertEquals(Money.of("100394.52"), after.outstandingPrincipal());
        assertEquals(org.coopbank.loan.EmiCalculator.emi(Money.of("100394.52"), new BigDecimal("12"), 12),
                after.emiAmount(), "EMI recomputed over the 12 months left");
        List<LoanInstallment> s = loans.schedule(l.id());
        assertEquals(DAY0.plusMonths(1), s.get(0).dueDate(), "due dates stay");
        // the first instalment's interest runs from the prepayment to its due date on the new balance (21 days)
        assertEquals(Money.of("693.13"), s.get(0).interestDue());
        assertEquals(Money.of("100394.52"), s.stream().map(LoanInstallment::principalDue).reduce(Money.ZERO, Money::plus));
    }

    @Test
    void prepayment_reducingTheTenure_keepsTheEmi_andCancelsTheLastInstalments() {
        Loan l = disbursedLoan("Prepay Tenure", "120000", "12", 12);
        Money emi = loans.get(l.id()).emiAmount();
        clock.pin(DAY0.plusDays(10));
        PrepaymentPreview preview = loans.previewPrepayment(l.id(), new BigDecimal("40000"), TestData.CASHIER);
        assertEquals(emi, preview.reduceTenure().newEmi());
        assertTrue(preview.reduceTenure().instalmentsAfter() < 12);
        assertTrue(preview.reduceEmi().newEmi().isLessThan(emi));
        assertEquals(12, preview.reduceEmi().instalmentsAfter());
        assertTrue(preview.reduceTenure().interestSaved().isGreaterThan(preview.reduceEmi().interestSaved()),
                "keeping the EMI saves more interest");
        Books.Counts before = books.counts();
        assertEquals(before, books.counts(), "a preview posts nothing");

        loans.prepay(l.id(), new BigDecimal("40000"), PrepaymentOption.REDUCE_TENURE, RepaymentChannel.CASH, null,
                TestData.CASHIER);
        List<LoanInstallment> s = loans.schedule(l.id());
        long live = s.stream().filter(i -> i.status() != InstallmentStatus.CANCELLED).count();
        assertEquals(preview.reduceTenure().instalmentsAfter(), live);
        assertEquals(emi, loans.get(l.id()).emiAmount());
        assertEquals(loans.get(l.id()).outstandingPrincipal(),
                s.stream().map(LoanInstallment::principalDue).reduce(Money.ZERO, Money::plus));
        // pay every live instalment on its date: the loan closes on the new last date
        for (LoanInstallment i : s) {
            if (i.status() != InstallmentStatus.CANCELLED) {
                clock.pin(i.dueDate());
                loans.repay(l.id(), loans.schedule(l.id()).get(i.seqNo() - 1).outstanding().amount(),
                        RepaymentChannel.CASH, null, TestData.CASHIER);
            }
        }
        assertEquals(LoanStatus.CLOSED, loans.get(l.id()).status());
        assertEquals(preview.reduceTenure().lastDueDate(), loans.get(l.id()).closedOn());
    }

    @Test
    void foreclosureADayBeforeTheFirstDueDate_chargesInterestForTheDaysRun_andTheCharge() {
        Loan l = disbursedLoan("Foreclose Early", "100000", "12", 12);
        clock.pin(DAY0.plusMonths(1).minusDays(1));
        ForeclosureQuote q = loans.foreclosureQuote(l.id(), TestData.CASHIER);
        // 30 days (10 Jan to 9 Feb) on 100000 at 12%: 100000 × 12 × 30 / 36500 = 986.30
        assertEquals(Money.of("986.30"), q.brokenPeriodInterest());
        assertEquals(Money.of("100986.30"), q.total());

        settings.change(SettingsService.FORECLOSURE_CHARGE, "2", TestData.SUPERADMIN);
        try {
            ForeclosureQuote withCharge = loans.foreclosureQuote(l.id(), TestData.CASHIER);
            assertEquals(Money.of("2000.00"), withCharge.charge());
            List<org.coopbank.ledger.TrialBalance.Row> tbBefore = reports.trialBalance(clock.today()).rows();
            LoanRepayment r = loans.foreclose(l.id(), RepaymentChannel.CASH, null, TestData.CASHIER);
            assertEquals(Money.of("102986.30"), r.amount());
            assertEquals(Money.of("986.30"), r.interestPart());
            assertEquals(Money.of("2000.00"), r.feePart());
            assertEquals(LoanStatus.CLOSED, loans.get(l.id()).status());
            assertEquals(Money.of("2000.00"), glCredit(reports.trialBalance(clock.today()).rows(), "4200")
                    .minus(glCredit(tbBefore, "4200")), "the charge is fees income (4200)");
        } finally {
            settings.change(SettingsService.FORECLOSURE_CHARGE, "0", TestData.SUPERADMIN);
        }
    }

    private static Money glCredit(List<org.coopbank.ledger.TrialBalance.Row> rows, String code) {
        return rows.stream().filter(r -> r.code().equals(code)).map(r -> r.credits()).findFirst().orElse(Money.ZERO);
    }

    @Test
    void penalInterest_chargedNightly_equalsChargedAtOnce_andARepaymentBringsItUpToDate() {
        Loan nightly = disbursedLoan("Penal Nightly", "100000", "12", 12);
        Loan once = disbursedLoan("Penal Once", "100000", "12", 12);
        LocalDate due = loans.schedule(nightly.id()).get(0).dueDate();
        Money sum = Money.ZERO;
        for (int d = 1; d <= 20; d++) {
            clock.pin(due.plusDays(d));
            sum = sum.plus(loans.chargePenalInterest(nightly.id(), TestData.SYSTEM));
        }
        clock.pin(due.plusDays(20));
        // no nightly run for this one: the repayment itself first charges the 20 days, then takes them
        Money owed = loans.schedule(once.id()).get(0).outstanding();
        LoanRepayment r = loans.repay(once.id(), owed.plus(sum).amount(), RepaymentChannel.CASH, null, TestData.CASHIER);
        assertEquals(sum, r.penaltyPart(), "the same penalty whether or not the nightly job ran");
        assertEquals(InstallmentStatus.PAID, loans.schedule(once.id()).get(0).status());
        assertTrue(sum.isPositive());
    }

    @Test
    void whoMayAct_isCheckedByTheService() {
        BankAccount a = data.savingsWith("Roles Test", "100.00");
        LoanService.Application app = new LoanService.Application(a.customer().id(), a.id(), new BigDecimal("50000"),
                new BigDecimal("10"), 12, "Roles");
        Books.Counts before = books.counts();
        assertThrows(AccessDeniedException.class, () -> loans.apply(app, TestData.CASHIER));
        Loan l = loans.apply(app, TestData.CLERK);
        org.coopbank.shared.Actor clerkManager = org.coopbank.shared.Actor.staff("test.clerk",
                org.coopbank.staff.StaffRole.MANAGER);
        assertThrows(AccessDeniedException.class, () -> loans.approve(l.id(), clerkManager), "maker cannot check");
        assertThrows(AccessDeniedException.class, () -> loans.approve(l.id(), TestData.CLERK));
        loans.approve(l.id(), TestData.MANAGER);
        loans.disburse(l.id(), TestData.MANAGER);
        Money emi = loans.get(l.id()).emiAmount();
        assertThrows(AccessDeniedException.class, () -> loans.repay(l.id(), emi.amount(), RepaymentChannel.ONLINE,
                "pay_forged", TestData.CASHIER), "ONLINE only from the gateway's own process");
        assertThrows(ValidationFailedException.class, () -> loans.repay(l.id(), emi.amount(), RepaymentChannel.ONLINE,
                null, TestData.SYSTEM), "ONLINE needs the gateway reference");
        org.coopbank.shared.Actor stranger = org.coopbank.shared.Actor.customer("C99999999", 987654321L);
        assertThrows(org.coopbank.shared.NotFoundException.class, () -> loans.repay(l.id(), emi.amount(),
                RepaymentChannel.ACCOUNT, null, stranger), "another customer's loan is not found");
        assertThrows(org.coopbank.shared.NotFoundException.class, () -> loans.foreclosureQuote(l.id(), stranger));
        org.coopbank.shared.Actor owner = org.coopbank.shared.Actor.customer(a.customer().customerNumber(),
                a.customer().id());
        assertEquals(l.id(), loans.foreclosureQuote(l.id(), owner) != null ? l.id() : null);
        loans.repay(l.id(), new BigDecimal("100.00"), RepaymentChannel.ACCOUNT, null, owner);
        loans.repay(l.id(), new BigDecimal("10.00"), RepaymentChannel.ONLINE, "pay_unique_" + l.id(), TestData.SYSTEM);
        assertThrows(org.coopbank.shared.DuplicateException.class, () -> loans.repay(l.id(), new BigDecimal("10.00"), RepaymentChannel.ONLINE,
                "pay_unique_" + l.id(), TestData.SYSTEM), "one gateway payment repays at most once");
        assertEquals(2, loans.repayments(l.id()).size());
    }

    @Test
    void aLoanTooSmallForItsTenure_isRefused() {
        BankAccount a = data.savingsWith("Too Small", "100.00");
        assertThrows(ValidationFailedException.class, () -> loans.preview(new BigDecimal("1.00"), BigDecimal.ZERO, 360));
        assertThrows(ValidationFailedException.class, () -> loans.preview(new BigDecimal("1E+100000000"),
                BigDecimal.TEN, 12));
    }

    @Test
    void prepayment_refusedWithDuesOutstanding_orForTheWholePrincipal() {
        Loan l = disbursedLoan("Prepay Refused", "50000", "10", 6);
        Books.Counts before = books.counts();
        assertThrows(InvalidAmountException.class, () -> loans.prepay(l.id(), new BigDecimal("50000"),
                PrepaymentOption.REDUCE_EMI, RepaymentChannel.CASH, null, TestData.CASHIER));
        clock.pin(DAY0.plusMonths(1).plusDays(1));
        assertThrows(InvalidStateException.class, () -> loans.prepay(l.id(), new BigDecimal("1000"),
                PrepaymentOption.REDUCE_TENURE, RepaymentChannel.CASH, null, TestData.CASHIER));
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
            loans.repay(l.id(), i.emi().amount(), RepaymentChannel.ONLINE, "pay_" + l.id() + "_" + i.seqNo(), TestData.SYSTEM);
        }
        Loan closed = loans.get(l.id());
        assertEquals(LoanStatus.CLOSED, closed.status());
        assertEquals(DAY0.plusMonths(3), closed.closedOn());
        assertEquals(3, loans.repayments(l.id()).size());
    }

    @Test
    void previewRepayment_allocatesExactlyAsTheRepayment_andChangesNothing() {
        Loan l = disbursedLoan("Preview Test", "100000", "12", 12);
        LoanInstallment first = loans.schedule(l.id()).get(0);
        clock.pin(first.dueDate().plusDays(15));
        BigDecimal amount = first.emi().plus(Money.of(50)).amount();
        Books.Counts before = books.counts();
        org.coopbank.loan.Allocation preview = loans.previewRepayment(l.id(), amount, TestData.CASHIER);
        assertEquals(before, books.counts(), "a preview posts nothing");
        assertTrue(loans.schedule(l.id()).get(0).penaltyDue().isZero(), "no penalty charged by the preview");
        assertTrue(preview.penalty().isPositive(), "the preview brings penal interest up to today");
        LoanRepayment r = loans.repay(l.id(), amount, RepaymentChannel.CASH, null, TestData.CASHIER);
        assertEquals(preview.penalty(), r.penaltyPart());
        assertEquals(preview.interest(), r.interestPart());
        assertEquals(preview.principal(), r.principalPart());
        assertThrows(InvalidAmountException.class, () -> loans.previewRepayment(l.id(), new BigDecimal("999999"),
                TestData.CASHIER), "more than is due is refused in the preview too");
    }
}
