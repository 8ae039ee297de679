package org.coopbank.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.coopbank.account.AccountService;
import org.coopbank.account.AccountType;
import org.coopbank.account.BankAccount;
import org.coopbank.branch.Branch;
import org.coopbank.branch.BranchService;
import org.coopbank.customer.Customer;
import org.coopbank.customer.CustomerService;
import org.coopbank.deposit.DepositService;
import org.coopbank.loan.LoanInstallment;
import org.coopbank.loan.LoanService;
import org.coopbank.loan.RepaymentChannel;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.staff.StaffRole;
import org.coopbank.staff.StaffService;

/** Builds the demo bank in one transaction: all of it, or nothing. */
@Stateless
public class DemoBankBuilder {

    private static final Logger LOG = Logger.getLogger(DemoBankBuilder.class.getName());

    @Inject
    BranchService branches;

    @Inject
    StaffService staff;

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

    public void build() {
        LocalDate today = clock.today();
        LocalDate start = today.minusMonths(6).withDayOfMonth(1);
        Actor system = Actor.system("demo-data");

        Branch ho = branches.headOffice();
        Branch market = branches.create(new BranchService.NewBranch("002", "Market Yard", "Market Yard Road"), system);

        staffUser("admin", "Sanjay Kulkarni (superadmin)", ho, EnumSet.of(StaffRole.SUPERADMIN), system);
        staffUser("manager", "Priya Deshmukh (manager)", ho, EnumSet.of(StaffRole.MANAGER), system);
        staffUser("clerk", "Arjun Pawar (clerk)", ho, EnumSet.of(StaffRole.CLERK), system);
        staffUser("cashier", "Neha Joshi (cashier)", ho, EnumSet.of(StaffRole.CASHIER), system);
        staffUser("accountant", "Vikram Gokhale (accountant)", ho, EnumSet.of(StaffRole.ACCOUNTANT), system);
        staffUser("market.clerk", "Kavita More (clerk and cashier)", market,
                EnumSet.of(StaffRole.CLERK, StaffRole.CASHIER), system);

        Actor clerk = Actor.staff("clerk", StaffRole.CLERK);
        Actor manager = Actor.staff("manager", StaffRole.MANAGER);
        Actor cashier = Actor.staff("cashier", StaffRole.CASHIER);

        clock.asOf(start, () -> {
            Customer asha = customer(ho, "Asha Patil", LocalDate.of(1985, 3, 12), DemoData.ASHA_MOBILE, "ABCPP1234K", "Rahul Patil", "Spouse", clerk, manager);
            Customer ravi = customer(ho, "Ravi Kumar", LocalDate.of(1979, 7, 2), DemoData.RAVI_MOBILE, "BKRPK2345L", "Lata Kumar", "Mother", clerk, manager);
            Customer meera = customer(market, "Meera Iyer", LocalDate.of(1992, 11, 23), DemoData.MEERA_MOBILE, "CMIPI3456M", null, null, clerk, manager);
            Customer imran = customer(market, "Imran Shaikh", LocalDate.of(1988, 1, 30), DemoData.IMRAN_MOBILE, "DISPS4567N", "Ayesha Shaikh", "Spouse", clerk, manager);
            customers.register(new CustomerService.Registration(ho.id(), "Sunita Rao", LocalDate.of(1995, 5, 5),
                    DemoData.SUNITA_MOBILE, "sunita.rao@example.com", "12 Lake View, Pune", "ESRPR5678P", null,
                    "Kiran Rao", "Brother"), clerk);
            build(start, today, asha, ravi, meera, imran, clerk, manager, cashier);
            return null;
        });
        LOG.info("Demo bank loaded: 6 staff users, 5 customers, history from " + start);
    }

    private void build(LocalDate start, LocalDate today, Customer asha, Customer ravi, Customer meera, Customer imran,
                       Actor clerk, Actor manager, Actor cashier) {
        BankAccount ashaSb = accounts.open(asha.id(), AccountType.SAVINGS, clerk);
        BankAccount raviSb = accounts.open(ravi.id(), AccountType.SAVINGS, clerk);
        BankAccount meeraSb = accounts.open(meera.id(), AccountType.SAVINGS, clerk);
        BankAccount imranSb = accounts.open(imran.id(), AccountType.SAVINGS, clerk);
        BankAccount imranCa = accounts.open(imran.id(), AccountType.CURRENT, clerk);

        accounts.deposit(ashaSb.id(), amt("25000"), "Opening deposit", cashier);
        accounts.deposit(raviSb.id(), amt("150000"), "Opening deposit", cashier);
        accounts.deposit(meeraSb.id(), amt("40000"), "Opening deposit", cashier);
        accounts.deposit(imranSb.id(), amt("15000"), "Opening deposit", cashier);
        accounts.deposit(imranCa.id(), amt("80000"), "Opening deposit", cashier);

        // Every dated event of the six months, run in date order so statements read chronologically.
        List<Map.Entry<LocalDate, Runnable>> events = new ArrayList<>();
        // Ravi: a 12-month FD, still running
        events.add(Map.entry(start.plusDays(9), () -> deposits.openFromAccount(raviSb.id(), amt("100000"), 12, clerk)));
        // Meera: a 3-month FD opened in month 1, closed on maturity
        LocalDate meeraOpen = start.plusDays(14);
        long[] meeraFd = new long[1];
        events.add(Map.entry(meeraOpen, () -> meeraFd[0] = deposits.openFromAccount(meeraSb.id(), amt("20000"), 3, clerk).id()));
        events.add(Map.entry(meeraOpen.plusMonths(3), () -> deposits.closeOnMaturity(meeraFd[0], Actor.system("fd-maturity"))));
        // Asha: a two-wheeler loan, disbursed in the first week, EMIs paid from her account
        long[] loanId = new long[1];
        events.add(Map.entry(start.plusDays(3), () -> loanId[0] = loans.apply(new LoanService.Application(asha.id(),
                ashaSb.id(), amt("120000"), new BigDecimal("11.50"), 24, "Two-wheeler purchase"), clerk).id()));
        events.add(Map.entry(start.plusDays(5), () -> loans.approve(loanId[0], manager)));
        LocalDate disbursedOn = start.plusDays(6);
        events.add(Map.entry(disbursedOn, () -> loans.disburse(loanId[0], manager)));
        // EMIs fall on the disbursement day each month; the latest one due is left unpaid (overdue)
        List<LocalDate> dueDates = new ArrayList<>();
        for (int m = 1; !disbursedOn.plusMonths(m).isAfter(today); m++) {
            dueDates.add(disbursedOn.plusMonths(m));
        }
        for (LocalDate due : dueDates.subList(0, Math.max(0, dueDates.size() - 1))) {
            events.add(Map.entry(due, () -> {
                LoanInstallment next = loans.get(loanId[0]).nextDue().orElseThrow();
                loans.repay(loanId[0], next.outstanding().amount(), RepaymentChannel.ACCOUNT, null,
                        Actor.customer(asha.customerNumber(), asha.id()));
            }));
        }
        for (int m = 0; m < 7; m++) {
            LocalDate monthStart = start.plusMonths(m);
            events.add(Map.entry(monthStart.plusDays(1), () -> {
                accounts.deposit(ashaSb.id(), amt("32000"), "Salary credit", cashier);
                accounts.deposit(raviSb.id(), amt("54000"), "Salary credit", cashier);
                accounts.deposit(meeraSb.id(), amt("28500"), "Salary credit", cashier);
                accounts.deposit(imranCa.id(), amt("61250.75"), "Shop takings", cashier);
            }));
            events.add(Map.entry(monthStart.plusDays(12), () -> {
                accounts.withdraw(ashaSb.id(), amt("9000"), "Cash withdrawal", cashier);
                accounts.withdraw(raviSb.id(), amt("20000"), "Cash withdrawal", cashier);
                accounts.transfer(imranCa.id(), imranSb.id(), amt("15000"), "Household", cashier);
                accounts.transfer(raviSb.id(), meeraSb.id(), amt("2500.50"), "Rent share", cashier);
                accounts.withdraw(imranCa.id(), amt("30000"), "Supplier payment", cashier);
            }));
        }
        events.sort(Map.Entry.comparingByKey());
        for (Map.Entry<LocalDate, Runnable> e : events) {
            if (!e.getKey().isAfter(today)) {
                clock.asOf(e.getKey(), e.getValue());
            }
        }
        clock.asOf(today, () -> loans.chargePenalInterest(loanId[0], Actor.system("emi-overdue")));
    }

    private Customer customer(Branch branch, String name, LocalDate dob, String mobile, String pan, String nominee,
                              String relation, Actor clerk, Actor manager) {
        String email = name.toLowerCase().replace(' ', '.') + "@example.com";
        Customer c = customers.register(new CustomerService.Registration(branch.id(), name, dob, mobile, email,
                "House " + mobile.substring(6) + ", " + branch.name() + ", Pune", pan, null, nominee, relation), clerk);
        customers.approve(c.id(), manager);
        customers.activatePortal(c.id(), DemoData.CUSTOMER_PASSWORD, Actor.system("demo-data"));
        return c;
    }

    private void staffUser(String username, String name, Branch branch, Set<StaffRole> roles, Actor actor) {
        staff.create(new StaffService.NewStaff(username, name, username.replace('.', '-') + "@coopbank.local",
                branch.id(), roles, DemoData.STAFF_PASSWORD), actor);
    }

    private static BigDecimal amt(String s) {
        return new BigDecimal(s);
    }
}
