package org.coopbank.it.browser;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.coopbank.account.AccountService;
import org.coopbank.account.AccountType;
import org.coopbank.account.BankAccount;
import org.coopbank.branch.BranchService;
import org.coopbank.customer.Customer;
import org.coopbank.customer.CustomerService;
import org.coopbank.it.TestData;
import org.coopbank.loan.Loan;
import org.coopbank.loan.LoanService;
import org.coopbank.shared.BusinessClock;
import org.coopbank.staff.StaffRole;
import org.coopbank.staff.StaffService;

/**
 * Test-only (lives in the test WAR, never in the product): creates the users the browser tests sign in as, with
 * {@link #PASSWORD}; nothing depends on demo data. {@code POST ?do=staff[&roles=clerk,cashier]} answers the username;
 * {@code POST ?do=customer} answers "MOBILE SAVINGS_NUMBER CURRENT_NUMBER" (full account numbers, for the test to
 * check they are never shown); {@code POST ?do=ledger} posts a small day of business on a date of its own (two
 * deposits, a transfer, a withdrawal, a loan disbursement) and answers "DATE TRANSFER_ENTRY_ID FROM_ACCOUNT TO_ACCOUNT";
 * {@code POST ?do=savings&balance=N} opens a savings account holding N and answers its number.
 */
@WebServlet("/fixtures/browser")
public class BrowserFixtureServlet extends HttpServlet {

    public static final String PASSWORD = "Br0wser!pw";
    public static final String STAFF_NAME = "Browser Tester";
    public static final String CUSTOMER_NAME = "Browser Customer";

    @Inject
    StaffService staff;

    @Inject
    CustomerService customers;

    @Inject
    AccountService accounts;

    @Inject
    BranchService branches;

    @Inject
    TestData data;

    @Inject
    LoanService loans;

    @Inject
    BusinessClock clock;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String answer = switch (String.valueOf(req.getParameter("do"))) {
            case "staff" -> {
                String roles = req.getParameter("roles") == null ? "clerk" : req.getParameter("roles");
                String username = "browser" + System.nanoTime() % 1_000_000_000L;
                staff.create(new StaffService.NewStaff(username, STAFF_NAME, null, branches.headOffice().id(),
                        Arrays.stream(roles.split(",")).map(StaffRole::fromRoleName).collect(Collectors.toSet()), PASSWORD),
                        TestData.SUPERADMIN);
                yield username;
            }
            case "customer" -> {
                Customer c = data.approvedCustomer(CUSTOMER_NAME);
                BankAccount savings = accounts.open(c.id(), AccountType.SAVINGS, TestData.CLERK);
                accounts.deposit(savings.id(), new BigDecimal("12345.67"), "Opening deposit", TestData.CASHIER);
                BankAccount current = accounts.open(c.id(), AccountType.CURRENT, TestData.CLERK);
                customers.activatePortal(c.id(), PASSWORD, TestData.MANAGER);
                yield c.mobile() + " " + savings.accountNumber() + " " + current.accountNumber();
            }
            case "loan" -> {
                BankAccount a = data.savingsWith("Borrower Browser", "5000.00");
                org.coopbank.loan.Loan l = loans.apply(new org.coopbank.loan.LoanService.Application(a.customer().id(),
                        a.id(), new BigDecimal("60000"), new BigDecimal("12"), 12, "Shop fittings"), TestData.CLERK);
                loans.approve(l.id(), TestData.MANAGER);
                yield loans.disburse(l.id(), TestData.MANAGER).loanNumber();
            }
            case "savings" -> data.savingsWith("Counter Member", String.valueOf(req.getParameter("balance"))).accountNumber();
            case "deposit" -> {
                BankAccount a = data.savingsWith("Receipt Customer", "0");
                long entry = accounts.deposit(a.id(), new BigDecimal("2500.50"), "Counter deposit", TestData.CASHIER)
                        .journalEntry().id();
                yield entry + " " + a.accountNumber();
            }
            case "ledger" -> {
                java.time.LocalDate day = java.time.LocalDate.of(2055, 1, 1).plusDays(System.nanoTime() % 3650);
                clock.pin(day);
                try {
                    BankAccount from = data.savingsWith("Ledger Alpha", "10000.00");
                    BankAccount to = data.savingsWith("Ledger Beta", "500.00");
                    long transfer = accounts.transfer(from.id(), to.id(), new BigDecimal("2500.00"), "Rent", TestData.CASHIER)
                            .journalEntry().id();
                    accounts.withdraw(to.id(), new BigDecimal("100.00"), "Cash", TestData.CASHIER);
                    Loan l = loans.apply(new LoanService.Application(from.customer().id(), from.id(), new BigDecimal("50000"),
                            new BigDecimal("12"), 12, "Shop"), TestData.CLERK);
                    loans.approve(l.id(), TestData.MANAGER);
                    loans.disburse(l.id(), TestData.MANAGER);
                    yield day + " " + transfer + " " + from.accountNumber() + " " + to.accountNumber();
                } finally {
                    clock.unpin();
                }
            }
            default -> throw new IllegalArgumentException("unknown fixture action");
        };
        resp.setContentType("text/plain");
        resp.getWriter().write(answer);
    }
}
