package org.coopbank.it.clerk;

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
import org.coopbank.branch.BranchService;
import org.coopbank.customer.Customer;
import org.coopbank.customer.CustomerService;
import org.coopbank.it.TestData;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessException;
import org.coopbank.staff.StaffRole;
import org.coopbank.staff.StaffService;

/**
 * Test-only fixtures of the clerk's screens ({@code POST /bank-tests/fixtures/clerk?do=...}):
 * <ul>
 * <li>{@code staff&roles=clerk}: a staff user with {@link #PASSWORD}; answers the username;</li>
 * <li>{@code pending}: a customer onboarded by the test clerk, not approved; answers "ID NUMBER";</li>
 * <li>{@code account}: an approved customer with a savings account holding ₹25,000; answers "ID ACCOUNT NUMBER";</li>
 * <li>{@code approve-as&user=U&customer=C0000001}: tries {@code CustomerService.approve} as staff user U holding both
 * the clerk and the manager roles (the maker-checker refusal is the answer, "APPROVED" if it was not refused);</li>
 * <li>{@code approve&customer=C0000001}: approves as the test manager; answers the new status;</li>
 * <li>{@code deposit&account=N&amount=A}: cash in as the test cashier; answers the new balance;</li>
 * <li>{@code loan-rate&loan=L0000001}: "FLOATING" or "FIXED", as the loan was applied for.</li>
 * </ul>
 */
@WebServlet("/fixtures/clerk")
public class ClerkFixtureServlet extends HttpServlet {

    public static final String PASSWORD = "Cl3rk!pw99";

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

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String answer = switch (String.valueOf(req.getParameter("do"))) {
            case "staff" -> {
                String roles = req.getParameter("roles") == null ? "clerk" : req.getParameter("roles");
                String username = "clerkit" + System.nanoTime() % 1_000_000_000L;
                staff.create(new StaffService.NewStaff(username, "Clerk Tester", null, branches.headOffice().id(),
                        Arrays.stream(roles.split(",")).map(StaffRole::fromRoleName).collect(Collectors.toSet()), PASSWORD),
                        TestData.SUPERADMIN);
                yield username;
            }
            case "pending" -> {
                Customer c = customers.register(data.registration("Pending Customer"), TestData.CLERK);
                yield c.id() + " " + c.customerNumber();
            }
            case "account" -> {
                org.coopbank.account.BankAccount a = data.savingsWith("Clerk Customer", "25000.00");
                yield a.customer().id() + " " + a.accountNumber() + " " + a.customer().customerNumber();
            }
            case "approve-as" -> {
                Actor both = Actor.staff(req.getParameter("user"), StaffRole.CLERK, StaffRole.MANAGER);
                try {
                    customers.approve(customer(req).id(), both);
                    yield "APPROVED";
                } catch (BusinessException e) {
                    yield e.getMessage();
                }
            }
            case "approve" -> customers.approve(customer(req).id(), TestData.MANAGER).status().name();
            case "deposit" -> accounts.deposit(accounts.findByNumber(req.getParameter("account")).orElseThrow().id(),
                    new BigDecimal(req.getParameter("amount")), "Cash at counter", TestData.CASHIER).balanceAfter().toString();
            case "loan-rate" -> em.createQuery("SELECT l FROM Loan l WHERE l.loanNumber = :n", org.coopbank.loan.Loan.class)
                    .setParameter("n", req.getParameter("loan")).getSingleResult().floatingRate() ? "FLOATING" : "FIXED";
            default -> throw new IllegalArgumentException("unknown fixture action");
        };
        resp.setContentType("text/plain;charset=UTF-8");
        resp.getWriter().write(answer);
    }

    private Customer customer(HttpServletRequest req) {
        return customers.findByNumber(req.getParameter("customer")).orElseThrow();
    }
}
