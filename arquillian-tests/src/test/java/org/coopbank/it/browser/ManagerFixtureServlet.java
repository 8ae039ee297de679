package org.coopbank.it.browser;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import org.coopbank.account.AccountService;
import org.coopbank.account.AccountTransaction;
import org.coopbank.account.BankAccount;
import org.coopbank.customer.Customer;
import org.coopbank.customer.CustomerService;
import org.coopbank.it.TestData;
import org.coopbank.loan.Loan;
import org.coopbank.loan.LoanService;
import org.coopbank.shared.Actor;
import org.coopbank.staff.StaffRole;

/**
 * Test-only: what the manager's browser test decides on. {@code do=pending-customer} (entered by a clerk) answers
 * the customer number; {@code do=applied-loan} answers "LOAN_NUMBER ACCOUNT_NUMBER"; {@code do=reversal[&by=USER]}
 * makes a cash deposit of ₹250 onto ₹1,000 and asks for its reversal, by a cashier or by the manager USER, and
 * answers "ENTRY_ID ACCOUNT_NUMBER"; {@code do=balance&account=N} answers the balance in rupees.
 */
@WebServlet("/fixtures/manager")
public class ManagerFixtureServlet extends HttpServlet {

    @Inject
    CustomerService customers;

    @Inject
    AccountService accounts;

    @Inject
    LoanService loans;

    @Inject
    TestData data;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String answer = switch (String.valueOf(req.getParameter("do"))) {
            case "pending-customer" -> {
                Customer c = customers.register(data.registration("Pending Member " + System.nanoTime() % 10_000),
                        TestData.CLERK);
                yield c.customerNumber();
            }
            case "applied-loan" -> {
                BankAccount a = data.savingsWith("Loan Applicant", "1000.00");
                Loan l = loans.apply(new LoanService.Application(a.customer().id(), a.id(), new BigDecimal("75000"),
                        new BigDecimal("11"), 24, "Tractor repair"), TestData.CLERK);
                yield l.loanNumber() + " " + a.accountNumber();
            }
            case "reversal" -> {
                String by = req.getParameter("by");
                Actor asker = by == null ? TestData.CASHIER : Actor.staff(by, StaffRole.MANAGER);
                BankAccount a = data.savingsWith("Reversal Member", "1000.00");
                AccountTransaction t = accounts.deposit(a.id(), new BigDecimal("250.00"), "Keyed on the wrong account",
                        TestData.CASHIER);
                accounts.requestReversal(t.journalEntry().id(), "Deposit meant for another account", asker);
                yield t.journalEntry().id() + " " + a.accountNumber();
            }
            case "balance" -> accounts.findByNumber(req.getParameter("account")).orElseThrow().balance().amount()
                    .toPlainString();
            default -> throw new IllegalArgumentException("unknown fixture action");
        };
        resp.setContentType("text/plain");
        resp.getWriter().write(answer);
    }
}
