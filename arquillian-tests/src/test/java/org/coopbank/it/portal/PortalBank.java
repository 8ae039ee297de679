package org.coopbank.it.portal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.coopbank.account.AccountService;
import org.coopbank.account.AccountType;
import org.coopbank.account.BankAccount;
import org.coopbank.customer.Customer;
import org.coopbank.customer.CustomerService;
import org.coopbank.deposit.DepositService;
import org.coopbank.deposit.FixedDeposit;
import org.coopbank.it.TestData;
import org.coopbank.loan.Loan;
import org.coopbank.loan.LoanService;
import org.coopbank.shared.BusinessClock;

/**
 * A portal customer with something to see, built through the real services (test-only): a savings account with
 * {@value #HISTORY} transactions over the last 90 days (one of them a transfer whose narration names the current
 * account's full number), a current account, a loan of ₹60,000 disbursed 40 days ago whose first EMI (due 10 days
 * ago) is unpaid, so overdue, and a 12-month FD, and a second loan disbursed today (for the prepayment what-if: a loan with dues is refused one). Dates before today are made by pinning the business clock.
 */
@Dependent
public class PortalBank {

    public static final String PASSWORD = "Portal!pw1";
    public static final int HISTORY = 30;

    /** What {@link #create} made; full numbers are for the test to check they never show. */
    public record Made(long customerId, String customerNumber, String mobile, long savingsId, String savingsNumber,
                       long currentId, String currentNumber, long loanId, String loanNumber, long fdId,
                       long freshLoanId) {

        public String line() {
            return customerId + " " + customerNumber + " " + mobile + " " + savingsId + " " + savingsNumber + " "
                    + currentId + " " + currentNumber + " " + loanId + " " + loanNumber + " " + fdId + " " + freshLoanId;
        }

        public static Made parse(String line) {
            String[] p = line.trim().split(" ");
            return new Made(Long.parseLong(p[0]), p[1], p[2], Long.parseLong(p[3]), p[4], Long.parseLong(p[5]), p[6],
                    Long.parseLong(p[7]), p[8], Long.parseLong(p[9]), Long.parseLong(p[10]));
        }
    }

    @Inject
    TestData data;

    @Inject
    CustomerService customers;

    @Inject
    AccountService accounts;

    @Inject
    LoanService loans;

    @Inject
    DepositService deposits;

    @Inject
    BusinessClock clock;

    public Made create(String name) {
        LocalDate today = clock.today();
        LocalDate loanDay = today.minusDays(40);
        clock.pin(today.minusDays(95));
        Customer c;
        BankAccount savings;
        BankAccount current;
        try {
            c = data.approvedCustomer(name);
            savings = accounts.open(c.id(), AccountType.SAVINGS, TestData.CLERK);
            current = accounts.open(c.id(), AccountType.CURRENT, TestData.CLERK);
            customers.activatePortal(c.id(), PASSWORD, TestData.MANAGER);
            accounts.deposit(savings.id(), new BigDecimal("50000.00"), "Opening deposit", TestData.CASHIER);
            accounts.deposit(current.id(), new BigDecimal("20000.00"), "Opening deposit", TestData.CASHIER);
        } finally {
            clock.unpin();
        }
        Loan loan = null;
        // in date order, so that each row's balance-after is the running balance of the history as shown
        for (int i = 1; i < HISTORY - 1; i++) {
            LocalDate day = today.minusDays(90 - 3L * i);
            clock.pin(day);
            try {
                if (loan == null && !day.isBefore(loanDay)) {
                    clock.pin(loanDay);
                    loan = loans.apply(new LoanService.Application(c.id(), savings.id(), new BigDecimal("60000"),
                            new BigDecimal("12"), 12, "Two-wheeler"), TestData.CLERK);
                    loans.approve(loan.id(), TestData.MANAGER);
                    loan = disburse(loan.id());
                    clock.pin(day);
                }
                if (i % 2 == 0) {
                    accounts.deposit(savings.id(), new BigDecimal(100 + i), "Cash deposit " + i, TestData.CASHIER);
                } else {
                    accounts.withdraw(savings.id(), new BigDecimal(50 + i), "ATM cash " + i, TestData.CASHIER);
                }
            } finally {
                clock.unpin();
            }
        }
        accounts.transfer(savings.id(), current.id(), new BigDecimal("1500.00"),
                "Transfer to " + current.accountNumber(), TestData.CASHIER);
        FixedDeposit fd = deposits.openFromAccount(savings.id(), new BigDecimal("10000"), 12, TestData.CLERK);
        // a second loan, disbursed today: nothing due yet, so a prepayment is possible (the what-if answers)
        Loan fresh = loans.apply(new LoanService.Application(c.id(), savings.id(), new BigDecimal("100000"),
                new BigDecimal("10.5"), 24, "Home repairs"), TestData.CLERK);
        loans.approve(fresh.id(), TestData.MANAGER);
        fresh = disburse(fresh.id());
        return new Made(c.id(), c.customerNumber(), c.mobile(), savings.id(), savings.accountNumber(), current.id(),
                current.accountNumber(), loan.id(), loan.loanNumber(), fd.id(), fresh.id());
    }

    /**
     * Seen once in the browser runs (H2): the disbursement's row lock found the account's version moved on under it
     * right after the previous posting (an optimistic-lock refusal, nothing written). The fixture tries again; the
     * service itself refuses rather than post twice, which is the behaviour we want to keep.
     */
    private Loan disburse(long loanId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return loans.disburse(loanId, TestData.MANAGER);
            } catch (jakarta.ejb.EJBException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }
}
