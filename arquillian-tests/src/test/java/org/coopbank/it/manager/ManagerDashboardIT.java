package org.coopbank.it.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.account.AccountService;
import org.coopbank.account.AccountType;
import org.coopbank.account.BankAccount;
import org.coopbank.branch.Branch;
import org.coopbank.branch.BranchService;
import org.coopbank.customer.Customer;
import org.coopbank.customer.CustomerService;
import org.coopbank.deposit.DepositQueries;
import org.coopbank.deposit.DepositService;
import org.coopbank.deposit.FixedDeposit;
import org.coopbank.deposit.MaturingFdRow;
import org.coopbank.it.Deployments;
import org.coopbank.it.LedgerAssertions;
import org.coopbank.it.TestData;
import org.coopbank.ledger.BranchPosition;
import org.coopbank.ledger.LedgerReports;
import org.coopbank.loan.Loan;
import org.coopbank.loan.LoanInstallment;
import org.coopbank.loan.LoanQueries;
import org.coopbank.loan.LoanService;
import org.coopbank.loan.OverdueBucket;
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
 * The branch dashboard's figures on a branch of its own (so other tests' postings do not count): a history of
 * deposits, an FD and a loan over half a year, then each figure checked to the paisa.
 */
@ExtendWith(ArquillianExtension.class)
class ManagerDashboardIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 7, 20);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(ManagerDashboardIT.class);
    }

    @Inject
    BranchService branches;

    @Inject
    CustomerService customers;

    @Inject
    AccountService accounts;

    @Inject
    DepositService deposits;

    @Inject
    DepositQueries depositQueries;

    @Inject
    LoanService loans;

    @Inject
    LoanQueries loanQueries;

    @Inject
    BranchPosition position;

    @Inject
    TestData data;

    @Inject
    LedgerReports reports;

    @Inject
    BusinessClock clock;

    @AfterEach
    void booksStaySound() {
        clock.unpin();
        LedgerAssertions.assertBooksSound(reports, clock);
    }

    private Branch freshBranch() {
        for (int i = 0; i < 50; i++) {
            String code = String.valueOf(100 + (int) ((System.nanoTime() / 1000 + i * 7919L) % 900));
            if (branches.findByCode(code).isEmpty()) {
                return branches.create(new BranchService.NewBranch(code, "Dashboard " + code, "Test road"), TestData.SUPERADMIN);
            }
        }
        throw new IllegalStateException("no free branch code");
    }

    @Test
    void dashboardFigures_comeFromTheBranchsLedger() {
        Branch branch = freshBranch();
        clock.pin(LocalDate.of(2026, 1, 15));
        CustomerService.Registration r = data.registration("Dashboard Member");
        Customer c = customers.register(new CustomerService.Registration(branch.id(), r.fullName(), r.dateOfBirth(),
                r.mobile(), r.email(), r.address(), r.panNumber(), r.aadhaarNumber(), r.nomineeName(),
                r.nomineeRelation()), TestData.CLERK);
        customers.approve(c.id(), TestData.MANAGER);
        BankAccount a = accounts.open(c.id(), AccountType.SAVINGS, TestData.CLERK);
        accounts.deposit(a.id(), new BigDecimal("10000.00"), "Opening", TestData.CASHIER);
        clock.pin(LocalDate.of(2026, 1, 20));
        FixedDeposit fd = deposits.openFromAccount(a.id(), new BigDecimal("5000.00"), 6, TestData.CLERK);
        clock.pin(LocalDate.of(2026, 4, 10));
        Loan loan = loans.apply(new LoanService.Application(c.id(), a.id(), new BigDecimal("50000"), new BigDecimal("12"),
                12, "Shop"), TestData.CLERK);
        loans.approve(loan.id(), TestData.MANAGER);
        loans.disburse(loan.id(), TestData.MANAGER);
        clock.pin(TODAY);
        accounts.deposit(a.id(), new BigDecimal("500.00"), "Today in", TestData.CASHIER);
        accounts.withdraw(a.id(), new BigDecimal("200.00"), "Today out", TestData.CASHIER);

        List<BranchPosition.MonthEnd> months = position.monthEnds(branch.id(), TODAY, 6, TestData.MANAGER);
        assertEquals(List.of(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 30)),
                months.stream().map(BranchPosition.MonthEnd::asOf).toList());
        assertEquals(Money.of("10000.00"), months.get(0).deposits(), "savings 5,000 + FD 5,000");
        assertEquals(Money.ZERO, months.get(0).loans());
        assertEquals(Money.of("60000.00"), months.get(3).deposits(), "the loan was credited to savings");
        assertEquals(Money.of("50000.00"), months.get(3).loans());
        assertEquals(Money.of("50000.00"), months.get(5).loans());

        List<LoanInstallment> schedule = loans.schedule(loan.id());
        List<OverdueBucket> buckets = loanQueries.overdueBuckets(branch.id(), TODAY, TestData.MANAGER);
        assertEquals(List.of("1–30", "31–60", "61–90", "90+"), buckets.stream().map(OverdueBucket::label).toList());
        // due 10 July (10 days), 10 June (40 days), 10 May (71 days); nothing beyond 90 days
        assertEquals(1, buckets.get(0).count());
        assertEquals(schedule.get(2).principalDue(), buckets.get(0).principal());
        assertEquals(1, buckets.get(1).count());
        assertEquals(schedule.get(1).principalDue(), buckets.get(1).principal());
        assertEquals(1, buckets.get(2).count());
        assertEquals(schedule.get(0).principalDue(), buckets.get(2).principal());
        assertEquals(0, buckets.get(3).count());
        assertEquals(Money.ZERO, buckets.get(3).principal());

        List<MaturingFdRow> maturing = depositQueries.maturing(branch.id(), TODAY.withDayOfMonth(1),
                TODAY.withDayOfMonth(31), TestData.MANAGER);
        assertEquals(List.of(fd.fdNumber()), maturing.stream().map(MaturingFdRow::fdNumber).toList());
        assertEquals(a.accountNumber(), maturing.get(0).linkedAccountNumber());
        assertEquals(LocalDate.of(2026, 7, 20), maturing.get(0).maturityDate());

        BranchPosition.Cash cash = position.cash(branch.id(), TODAY, TestData.MANAGER);
        assertEquals(Money.of("10300.00"), cash.balance());
        assertEquals(Money.of("500.00"), cash.cashIn());
        assertEquals(Money.of("200.00"), cash.cashOut());

        assertThrows(AccessDeniedException.class, () -> position.monthEnds(branch.id(), TODAY, 6, TestData.CLERK));
        assertThrows(AccessDeniedException.class, () -> loanQueries.overdueBuckets(branch.id(), TODAY, TestData.CASHIER));
    }
}
