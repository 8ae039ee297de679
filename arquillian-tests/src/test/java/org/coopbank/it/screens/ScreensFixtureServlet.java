package org.coopbank.it.screens;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.coopbank.account.BankAccount;
import org.coopbank.branch.BranchService;
import org.coopbank.it.TestData;
import org.coopbank.it.portal.PortalBank;
import org.coopbank.loan.Loan;
import org.coopbank.loan.LoanService;
import org.coopbank.loan.RateChanges;
import org.coopbank.nightly.StandingItems;
import org.coopbank.shared.BusinessClock;
import org.coopbank.staff.StaffRole;
import org.coopbank.staff.StaffService;
import org.coopbank.standing.StandingInstruction;
import org.coopbank.standing.StandingInstructionService;

/**
 * Test-only (lives in the test WAR): what the screens of issue 14 show. {@code do=staff&roles=R} answers a username
 * (password {@link #PASSWORD}); {@code do=floating&name=N} a running floating-rate loan at 12 % ("ID NUMBER");
 * {@code do=payout-loan} an approved loan to be paid out elsewhere ("NUMBER"); {@code do=rate&loan=ID} the loan's rate
 * and its number of rate changes ("RATE COUNT"); {@code do=instructions&name=N} a {@link PortalBank} member with an EMI
 * auto-debit of the overdue loan and a monthly transfer from the current account larger than its balance, run once by
 * the nightly job's item today (missed): the member's line, then the two instruction ids.
 */
@WebServlet("/fixtures/screens")
public class ScreensFixtureServlet extends HttpServlet {

    public static final String PASSWORD = "Scr33ns!pw";

    @Inject
    StaffService staff;

    @Inject
    BranchService branches;

    @Inject
    TestData data;

    @Inject
    LoanService loans;

    @Inject
    RateChanges rateChanges;

    @Inject
    PortalBank bank;

    @Inject
    StandingInstructionService instructions;

    @Inject
    StandingItems items;

    @Inject
    BusinessClock clock;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("name") == null ? "Screens Member" : req.getParameter("name");
        String answer = switch (String.valueOf(req.getParameter("do"))) {
            case "staff" -> {
                String username = "screens" + System.nanoTime() % 1_000_000_000L;
                staff.create(new StaffService.NewStaff(username, "Screens Tester", null, branches.headOffice().id(),
                        Arrays.stream(req.getParameter("roles").split(",")).map(StaffRole::fromRoleName)
                                .collect(Collectors.toSet()), PASSWORD), TestData.SUPERADMIN);
                yield username;
            }
            case "floating" -> {
                BankAccount a = data.savingsWith(name, "1000.00");
                Loan l = loans.apply(new LoanService.Application(a.customer().id(), a.id(), new BigDecimal("240000.00"),
                        new BigDecimal("12"), 24, "Tractor", true), TestData.CLERK);
                loans.approve(l.id(), TestData.MANAGER);
                l = loans.disburse(l.id(), TestData.MANAGER);
                yield l.id() + " " + l.loanNumber();
            }
            case "payout-loan" -> {
                BankAccount a = data.savingsWith(name, "1000.00");
                Loan l = loans.apply(new LoanService.Application(a.customer().id(), a.id(), new BigDecimal("90000.00"),
                        new BigDecimal("11"), 12, "Paid out elsewhere", false, true), TestData.CLERK);
                yield loans.approve(l.id(), TestData.MANAGER).loanNumber();
            }
            case "rate" -> {
                long id = Long.parseLong(req.getParameter("loan"));
                yield loans.get(id).annualRate().stripTrailingZeros().toPlainString() + " "
                        + rateChanges.changes(id).size();
            }
            case "instructions" -> {
                PortalBank.Made m = bank.create(name);
                StandingInstruction emi = instructions.createEmi(m.loanId(), TestData.CLERK);
                StandingInstruction transfer = instructions.createTransfer(m.currentId(), m.savingsId(),
                        new BigDecimal("50000.00"), StandingInstruction.Frequency.MONTHLY, clock.today(), TestData.CLERK);
                items.execute(clock.today(), transfer.id());
                yield m.line() + " " + emi.id() + " " + transfer.id();
            }
            default -> throw new IllegalArgumentException("unknown fixture action");
        };
        resp.setContentType("text/plain");
        resp.getWriter().write(answer);
    }
}
