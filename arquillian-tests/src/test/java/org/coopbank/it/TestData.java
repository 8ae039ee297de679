package org.coopbank.it;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.coopbank.account.AccountService;
import org.coopbank.account.AccountType;
import org.coopbank.account.BankAccount;
import org.coopbank.branch.BranchService;
import org.coopbank.customer.Customer;
import org.coopbank.customer.CustomerService;
import org.coopbank.shared.Actor;
import org.coopbank.staff.StaffRole;

/** Creates fresh customers and accounts for one test, each with unique identifiers so tests never share state. */
@Stateless
public class TestData {

    public static final Actor CLERK = Actor.staff("test.clerk", StaffRole.CLERK);
    public static final Actor MANAGER = Actor.staff("test.manager", StaffRole.MANAGER);
    public static final Actor CASHIER = Actor.staff("test.cashier", StaffRole.CASHIER);
    public static final Actor ACCOUNTANT = Actor.staff("test.accountant", StaffRole.ACCOUNTANT);
    public static final Actor SUPERADMIN = Actor.staff("test.admin", StaffRole.SUPERADMIN);
    public static final Actor SYSTEM = Actor.system("test-batch");

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 100_000_000L);

    @Inject
    CustomerService customers;

    @Inject
    AccountService accounts;

    @Inject
    BranchService branches;

    public static String uniqueMobile() {
        return "7" + String.format("%09d", SEQ.incrementAndGet() % 1_000_000_000L);
    }

    public static String uniquePan() {
        long n = SEQ.incrementAndGet();
        char a = (char) ('A' + (n % 26));
        char b = (char) ('A' + ((n / 26) % 26));
        char c = (char) ('A' + ((n / 676) % 26));
        return "T" + a + b + c + "P" + String.format("%04d", n % 10_000) + "Z";
    }

    public CustomerService.Registration registration(String name) {
        return new CustomerService.Registration(branches.headOffice().id(), name, LocalDate.of(1980, 4, 1),
                uniqueMobile(), "test@example.com", "1 Test Street", uniquePan(), "123412341234", "Nominee", "Spouse");
    }

    public Customer approvedCustomer(String name) {
        Customer c = customers.register(registration(name), CLERK);
        return customers.approve(c.id(), MANAGER);
    }

    public BankAccount savingsWith(String name, String openingBalance) {
        Customer c = approvedCustomer(name);
        BankAccount a = accounts.open(c.id(), AccountType.SAVINGS, CLERK);
        if (new BigDecimal(openingBalance).signum() > 0) {
            accounts.deposit(a.id(), new BigDecimal(openingBalance), "Opening deposit", CASHIER);
        }
        return accounts.get(a.id());
    }
}
