package org.coopbank.it.statement;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.coopbank.account.AccountService;
import org.coopbank.account.AccountType;
import org.coopbank.account.BankAccount;
import org.coopbank.branch.BranchService;
import org.coopbank.customer.Customer;
import org.coopbank.customer.CustomerService;
import org.coopbank.it.TestData;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.BusinessException;
import org.coopbank.staff.StaffRole;
import org.coopbank.staff.StaffService;
import org.coopbank.statement.StatementCheck;
import org.coopbank.statement.StatementService;

/**
 * Test-only (lives in the test WAR): builds a customer's history through the real services as of past business
 * dates, and calls {@link StatementService} for the client-side {@code StatementIT}. {@code POST ?do=ACTION&...};
 * answers plain text.
 */
@WebServlet("/fixtures/statement")
public class StatementFixtureServlet extends HttpServlet {

    static final String PASSWORD = "Stat3ment!pw";
    private static final Actor SUPERADMIN = Actor.staff("test.superadmin", StaffRole.SUPERADMIN);

    @Inject TestData data;
    @Inject CustomerService customers;
    @Inject AccountService accounts;
    @Inject StaffService staff;
    @Inject BranchService branches;
    @Inject BusinessClock clock;
    @Inject StatementService statements;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String answer = switch (req.getParameter("do")) {
            case "history" -> history();
            case "staff" -> {
                String username = "stmt" + System.nanoTime() % 1_000_000_000L;
                staff.create(new StaffService.NewStaff(username, "Statement Tester", null, branches.headOffice().id(),
                        Set.of(StaffRole.fromRoleName(req.getParameter("role"))), PASSWORD), SUPERADMIN);
                yield username;
            }
            case "verify" -> {
                try {
                    StatementCheck c = statements.verify(TestData.CLERK, req.getParameter("account"),
                            LocalDate.parse(req.getParameter("from")), LocalDate.parse(req.getParameter("to")),
                            new BigDecimal(req.getParameter("closing")), req.getParameter("code"));
                    yield c.genuine() ? "genuine " + c.accountNumber() + " " + c.booksClosing() : "no-match";
                } catch (BusinessException e) {
                    yield "refused " + e.getClass().getSimpleName();
                }
            }
            case "summary" -> {
                Actor actor = req.getParameter("customer") != null
                        ? Actor.customer("C-test", Long.parseLong(req.getParameter("customer")))
                        : Actor.staff("test.someone", StaffRole.fromRoleName(req.getParameter("role")));
                try {
                    yield statements.summary(actor, Long.parseLong(req.getParameter("account")),
                            LocalDate.parse(req.getParameter("from")), LocalDate.parse(req.getParameter("to"))).toString();
                } catch (BusinessException e) {
                    yield "refused " + e.getClass().getSimpleName();
                }
            }
            default -> throw new IllegalArgumentException("unknown fixture action");
        };
        resp.setContentType("text/plain;charset=UTF-8");
        resp.getWriter().write(answer);
    }

    /**
     * Customer A (portal access) with a savings account and customer B with one, 100 days of history ending 59 days
     * before the business date; the statement period is day 10 to day 40. Answers
     * {@code mobileA idA numberA customerIdA mobileB idB numberB customerIdB from to}.
     */
    private String history() {
        LocalDate base = clock.today().minusDays(100);
        Customer[] people = new Customer[2];
        BankAccount[] acc = new BankAccount[2];
        clock.asOf(base, () -> {
            for (int i = 0; i < 2; i++) {
                Customer c = data.approvedCustomer(i == 0 ? "Statement Owner" : "Statement Other");
                people[i] = customers.activatePortal(c.id(), PASSWORD, TestData.MANAGER);
                acc[i] = accounts.open(c.id(), AccountType.SAVINGS, TestData.CLERK);
            }
            accounts.deposit(acc[0].id(), new BigDecimal("10000.00"), "Opening deposit", TestData.CASHIER);
            accounts.deposit(acc[1].id(), new BigDecimal("5000.00"), "Opening deposit", TestData.CASHIER);
        });
        long a = acc[0].id();
        long b = acc[1].id();
        at(base.plusDays(5), () -> accounts.withdraw(a, new BigDecimal("1234.50"), null, TestData.CASHIER));
        at(base.plusDays(10), () -> accounts.deposit(a, new BigDecimal("2500.00"), null, TestData.CASHIER));
        at(base.plusDays(15), () -> accounts.transfer(a, b, new BigDecimal("700.25"), "Rent", TestData.CASHIER));
        at(base.plusDays(20), () -> accounts.deposit(a, new BigDecimal("99.99"),
                "Cheque for " + acc[0].accountNumber() + " and " + acc[1].accountNumber(), TestData.CASHIER));
        at(base.plusDays(25), () -> accounts.transfer(b, a, new BigDecimal("1000.00"), null, TestData.CASHIER));
        at(base.plusDays(40), () -> accounts.withdraw(a, new BigDecimal("300.00"), null, TestData.CASHIER));
        at(base.plusDays(41), () -> accounts.deposit(a, new BigDecimal("4444.44"), null, TestData.CASHIER));
        return String.join(" ", people[0].mobile(), String.valueOf(a), acc[0].accountNumber(),
                String.valueOf(people[0].id()), people[1].mobile(), String.valueOf(b), acc[1].accountNumber(),
                String.valueOf(people[1].id()), base.plusDays(10).toString(), base.plusDays(40).toString());
    }

    private void at(LocalDate day, Runnable work) {
        clock.asOf(day, work);
    }
}
