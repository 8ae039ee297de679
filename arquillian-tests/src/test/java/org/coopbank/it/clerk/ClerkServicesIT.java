package org.coopbank.it.clerk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coopbank.account.AccountService;
import org.coopbank.account.BankAccount;
import org.coopbank.customer.Customer;
import org.coopbank.customer.CustomerService;
import org.coopbank.it.Deployments;
import org.coopbank.it.LedgerAssertions;
import org.coopbank.it.TestData;
import org.coopbank.ledger.LedgerReports;
import org.coopbank.notification.AlertRow;
import org.coopbank.notification.Notification;
import org.coopbank.notification.NotificationQueries;
import org.coopbank.shared.AccessDeniedException;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.DuplicateException;
import org.coopbank.shared.ValidationFailedException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The service methods the clerk's screens added: the KYC check of the review step, and the alerts read model. */
@ExtendWith(ArquillianExtension.class)
class ClerkServicesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(ClerkServicesIT.class);
    }

    @Inject
    CustomerService customers;

    @Inject
    AccountService accounts;

    @Inject
    NotificationQueries alerts;

    @Inject
    TestData data;

    @Inject
    LedgerReports reports;

    @Inject
    BusinessClock clock;

    @Test
    void checkRegistration_acceptsValidKyc_andSavesNothing() {
        CustomerService.Registration r = data.registration("Review Only");
        customers.checkRegistration(r, TestData.CLERK);
        assertTrue(customers.findByLoginMobile(r.mobile()).isEmpty());
        assertTrue(customers.search(r.mobile(), 0, 10).isEmpty(), "nothing saved by the review");
    }

    @Test
    void checkRegistration_refusesWhatRegisterRefuses_namingTheFields() {
        CustomerService.Registration bad = new CustomerService.Registration(1L, "Name", LocalDate.of(1980, 1, 1),
                "12345", "not-an-email", "Somewhere", "abc", "12", null, null);
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> customers.checkRegistration(bad, TestData.CLERK));
        List<String> fields = e.violations().stream().map(Map.Entry::getKey).toList();
        assertEquals(List.of("aadhaarNumber", "email", "mobile", "panNumber"), fields);

        CustomerService.Registration first = data.registration("Pan Holder");
        customers.register(first, TestData.CLERK);
        CustomerService.Registration samePan = data.registration("Pan Copier");
        CustomerService.Registration copy = new CustomerService.Registration(samePan.branchId(), samePan.fullName(),
                samePan.dateOfBirth(), samePan.mobile(), null, samePan.address(), first.panNumber(), null, null, null);
        assertThrows(DuplicateException.class, () -> customers.checkRegistration(copy, TestData.CLERK));
        assertThrows(AccessDeniedException.class, () -> customers.checkRegistration(samePan, TestData.CASHIER));
    }

    @Test
    void theClerkWhoOnboarded_cannotApprove_evenHoldingTheManagerRole() {
        Customer c = customers.register(data.registration("Maker Checker"), TestData.CLERK);
        Actor both = Actor.staff(TestData.CLERK.name(), org.coopbank.staff.StaffRole.CLERK,
                org.coopbank.staff.StaffRole.MANAGER);
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> customers.approve(c.id(), both));
        assertTrue(e.getMessage().contains("cannot also approve"), e.getMessage());
        assertEquals("APPROVED", customers.approve(c.id(), TestData.MANAGER).status().name());
    }

    @Test
    void alertsForCustomer_listTheAlertsNewestFirst_forStaffOnly() throws Exception {
        BankAccount a = data.savingsWith("Alerted Customer", "0");
        accounts.deposit(a.id(), new BigDecimal("100.00"), "First", TestData.CASHIER);
        accounts.deposit(a.id(), new BigDecimal("200.00"), "Second", TestData.CASHIER);
        long customerId = a.customer().id();
        List<AlertRow> rows = List.of();
        for (int i = 0; i < 80 && rows.size() < 2; i++) {
            rows = alerts.forCustomer(customerId, 20, TestData.CLERK);
            if (rows.size() < 2) {
                Thread.sleep(125);
            }
        }
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.get(0).id() > rows.get(1).id(), "newest first");
        assertTrue(rows.stream().allMatch(r -> r.channel() == Notification.Channel.EMAIL && r.queuedAt() != null));
        assertEquals(1, alerts.forCustomer(customerId, 1, TestData.CLERK).size());
        assertThrows(AccessDeniedException.class, () -> alerts.forCustomer(customerId, 20, Actor.customer("C1", customerId)));
        assertThrows(ValidationFailedException.class, () -> alerts.forCustomer(customerId, 0, TestData.CLERK));
        LedgerAssertions.assertBooksSound(reports, clock);
    }
}
