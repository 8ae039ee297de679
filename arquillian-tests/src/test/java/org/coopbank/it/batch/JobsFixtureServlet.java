package org.coopbank.it.batch;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.coopbank.account.BankAccount;
import org.coopbank.branch.BranchService;
import org.coopbank.deposit.DepositService;
import org.coopbank.deposit.FixedDeposit;
import org.coopbank.it.TestData;
import org.coopbank.shared.BusinessClock;
import org.coopbank.staff.StaffRole;
import org.coopbank.staff.StaffService;

/** Test-only (in the test WAR): staff users and an FD maturing on a past date for the operations page test. */
@WebServlet("/fixtures/batch")
public class JobsFixtureServlet extends HttpServlet {

    public static final String PASSWORD = "N1ghtly!pw";

    @Inject
    StaffService staff;

    @Inject
    BranchService branches;

    @Inject
    TestData data;

    @Inject
    DepositService deposits;

    @Inject
    BusinessClock clock;

    @Inject
    org.coopbank.account.AccountService accounts;

    @Inject
    org.coopbank.standing.StandingInstructionService instructions;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String p = req.getParameter("p");
        String answer = switch (req.getParameter("do")) {
            case "staff" -> {
                String username = "ops" + System.nanoTime() % 1_000_000_000L;
                staff.create(new StaffService.NewStaff(username, "Operations Tester", null, branches.headOffice().id(),
                        Arrays.stream(p.split(",")).map(r -> StaffRole.fromRoleName(r.trim()))
                                .collect(Collectors.toSet()), PASSWORD), TestData.SUPERADMIN);
                yield username;
            }
            case "fd" -> {
                LocalDate day0 = LocalDate.parse(p);
                clock.pin(day0);
                try {
                    BankAccount a = data.savingsWith("Page Maturing", "30000.00");
                    FixedDeposit fd = deposits.openFromAccount(a.id(), new BigDecimal("20000"), 3, TestData.CLERK);
                    yield fd.maturityDate() + " " + fd.id();
                } finally {
                    clock.unpin();
                }
            }
            case "fd-status" -> deposits.get(Long.parseLong(p)).status().name();
            case "account" -> {
                BankAccount a = data.savingsWith("Page Renewing", "30000.00");
                yield a.customer().id() + " " + a.id();
            }
            case "fds" -> deposits.forCustomer(Long.parseLong(p)).stream()
                    .map(f -> f.principal().amount().toPlainString() + ":" + f.tenureMonths() + ":" + f.autoRenew())
                    .collect(Collectors.joining(" "));
            case "two-accounts" -> {
                BankAccount a = data.savingsWith("Page Standing", "5000.00");
                BankAccount c = accounts.open(a.customer().id(), org.coopbank.account.AccountType.CURRENT, TestData.CLERK);
                yield a.customer().id() + " " + a.id() + " " + c.id() + " " + clock.today();
            }
            case "sis" -> instructions.forCustomer(Long.parseLong(p)).stream()
                    .map(si -> si.kind() + ":" + si.amount().amount().toPlainString() + ":" + si.frequency() + ":"
                            + si.nextDate() + ":" + si.status())
                    .collect(Collectors.joining(" "));
            default -> throw new IllegalArgumentException("unknown fixture " + req.getParameter("do"));
        };
        resp.setContentType("text/plain");
        resp.getWriter().write(answer);
    }
}
