package org.coopbank.it.api;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumSet;
import org.coopbank.account.AccountService;
import org.coopbank.account.AccountType;
import org.coopbank.account.BankAccount;
import org.coopbank.branch.BranchService;
import org.coopbank.customer.Customer;
import org.coopbank.customer.CustomerService;
import org.coopbank.deposit.DepositService;
import org.coopbank.it.TestData;
import org.coopbank.loan.Loan;
import org.coopbank.loan.LoanService;
import org.coopbank.settings.AppSetting;
import org.coopbank.settings.SettingsService;
import org.coopbank.staff.StaffRole;
import org.coopbank.staff.StaffService;

/**
 * Test-only (lives in the test WAR): makes API customers with accounts, a running loan and an FD, staff users, changes
 * settings and blocks customers. {@code POST ?do=ACTION&...}; answers plain text.
 */
@WebServlet("/fixtures/api")
public class ApiFixtureServlet extends HttpServlet {

    public static final String PASSWORD = "Api!pass2026";

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
    StaffService staff;

    @Inject
    BranchService branches;

    @Inject
    SettingsService settings;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String p = req.getParameter("p");
        String answer = switch (req.getParameter("do")) {
            // "mobile customerId accountId accountNumber loanId fdId" of a customer with everything; with p = an
            // account id, a transfer to that account whose narration names its full number
            case "customer" -> customer(p == null ? null : Long.valueOf(p));
            case "staff" -> {
                String username = "apistaff" + System.nanoTime() % 1_000_000_000L;
                staff.create(new StaffService.NewStaff(username, "API Staff Tester", null, branches.headOffice().id(),
                        EnumSet.of(StaffRole.CLERK), PASSWORD), TestData.SUPERADMIN);
                yield username;
            }
            case "setting" -> {
                String key = req.getParameter("key");
                String old = settings.all().stream().filter(s -> s.key().equals(key)).map(AppSetting::value)
                        .findFirst().orElseThrow();
                settings.change(key, p, TestData.SUPERADMIN);
                yield old;
            }
            case "block" -> {
                customers.block(customers.findByLoginMobile(p).orElseThrow().id(), "Test", TestData.MANAGER);
                yield "ok";
            }
            case "balance" -> accounts.get(Long.parseLong(p)).balance().toString();
            case "outstanding" -> loans.get(Long.parseLong(p)).outstandingPrincipal().toString();
            default -> throw new IllegalArgumentException("unknown fixture action");
        };
        resp.setContentType("text/plain");
        resp.getWriter().write(answer);
    }

    private String customer(Long transferTo) {
        Customer c = data.approvedCustomer("Api Customer");
        BankAccount a = accounts.open(c.id(), AccountType.SAVINGS, TestData.CLERK);
        accounts.deposit(a.id(), new BigDecimal("200000.00"), "Opening deposit", TestData.CASHIER);
        customers.activatePortal(c.id(), PASSWORD, TestData.MANAGER);
        Loan l = loans.apply(new LoanService.Application(c.id(), a.id(), new BigDecimal("100000.00"),
                new BigDecimal("12.00"), 12, "Two-wheeler"), TestData.CLERK);
        loans.approve(l.id(), TestData.MANAGER);
        loans.disburse(l.id(), TestData.MANAGER);
        long fd = deposits.openFromAccount(a.id(), new BigDecimal("5000.00"), 12, TestData.CLERK).id();
        if (transferTo != null) {
            accounts.transfer(a.id(), transferTo, new BigDecimal("1000.00"),
                    "Rent to " + accounts.get(transferTo).accountNumber(), TestData.CASHIER);
        }
        return c.mobile() + " " + c.id() + " " + a.id() + " " + accounts.get(a.id()).accountNumber() + " " + l.id()
                + " " + fd;
    }
}
