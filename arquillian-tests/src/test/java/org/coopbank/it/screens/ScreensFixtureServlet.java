package org.coopbank.it.screens;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.coopbank.account.BankAccount;
import org.coopbank.branch.BranchService;
import org.coopbank.account.AccountService;
import org.coopbank.account.AccountType;
import org.coopbank.batch.operations.BatchOperations;
import org.coopbank.batch.operations.ExecutionRow;
import org.coopbank.customer.Customer;
import org.coopbank.customer.CustomerService;
import org.coopbank.it.TestData;
import org.coopbank.it.batch.BatchProbe;
import org.coopbank.nightly.NightlyJob;
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
 * {@code do=si-window&name=N} a customer with portal access (password {@link PortalBank#PASSWORD}), made in a fresh
 * window of past business dates: a savings account of ₹10,000, a current account, and a monthly transfer of ₹1,000
 * from savings to current first due five days later ("CUSTOMER MOBILE SAVINGS_ID SAVINGS_NO CURRENT_ID CURRENT_NO
 * SI_ID FIRST_DATE"); {@code do=si-run&date=D} the nightly standing-instructions job for date D, as the operations
 * screen starts it, awaited (its status); {@code do=si-state&id=I} the instruction's status, the transfers into its
 * target account, its source account's balance and its stop audit records ("STATUS N BALANCE AUDITS");
 * {@code do=si-stop&id=I} stops it as a clerk if still active (clean-up).
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

    @Inject
    AccountService accounts;

    @Inject
    CustomerService customers;

    @Inject
    BatchProbe probe;

    @EJB
    BatchOperations operations;

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
            case "si-window" -> {
                LocalDate day0 = BatchProbe.freshDay0();
                clock.pin(day0);
                try {
                    Customer c = data.approvedCustomer(name);
                    BankAccount savings = accounts.open(c.id(), AccountType.SAVINGS, TestData.CLERK);
                    BankAccount current = accounts.open(c.id(), AccountType.CURRENT, TestData.CLERK);
                    customers.activatePortal(c.id(), PortalBank.PASSWORD, TestData.MANAGER);
                    accounts.deposit(savings.id(), new BigDecimal("10000.00"), "Opening deposit", TestData.CASHIER);
                    StandingInstruction si = instructions.createTransfer(savings.id(), current.id(),
                            new BigDecimal("1000.00"), StandingInstruction.Frequency.MONTHLY, day0.plusDays(5),
                            TestData.CLERK);
                    yield c.id() + " " + c.mobile() + " " + savings.id() + " " + savings.accountNumber() + " "
                            + current.id() + " " + current.accountNumber() + " " + si.id() + " " + day0.plusDays(5);
                } finally {
                    clock.unpin();
                }
            }
            case "si-run" -> {
                ExecutionRow run;
                try {
                    run = probe.await(operations.start(NightlyJob.STANDING_INSTRUCTIONS,
                            LocalDate.parse(req.getParameter("date")), TestData.ACCOUNTANT));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
                yield run.status() + " " + run.exitStatus();
            }
            case "si-state" -> {
                long id = Long.parseLong(req.getParameter("id"));
                StandingInstruction si = instructions.get(id);
                yield si.status() + " " + probe.count("SELECT COUNT(*) FROM account_transaction WHERE account_id = ?"
                        + " AND txn_type = 'TRANSFER_IN'", si.toAccountId()) + " "
                        + accounts.get(si.fromAccountId()).balance().amount().toPlainString() + " "
                        + probe.count("SELECT COUNT(*) FROM audit_log WHERE action = 'standing-instruction.stop'"
                        + " AND entity_type = 'StandingInstruction' AND entity_id = ?", String.valueOf(id));
            }
            case "si-stop" -> {
                long id = Long.parseLong(req.getParameter("id"));
                if (instructions.get(id).status() != StandingInstruction.Status.STOPPED) {
                    instructions.stop(id, TestData.CLERK);
                }
                yield "ok";
            }
            default -> throw new IllegalArgumentException("unknown fixture action");
        };
        resp.setContentType("text/plain");
        resp.getWriter().write(answer);
    }
}
