package org.coopbank.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coopbank.audit.AuditRecord;
import org.coopbank.audit.AuditService;
import org.coopbank.customer.Customer;
import org.coopbank.customer.CustomerService;
import org.coopbank.customer.CustomerStatus;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.DuplicateException;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.ValidationFailedException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class CustomerServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(CustomerServiceIT.class);
    }

    @Inject
    CustomerService customers;

    @Inject
    AuditService audit;

    @Inject
    TestData data;

    @Inject
    BusinessClock clock;

    @Test
    void register_createsPendingCustomer_keepingOnlyLastFourAadhaarDigits() {
        Customer c = customers.register(data.registration("Kiran Shah"), TestData.CLERK);
        assertEquals(CustomerStatus.PENDING, c.status());
        assertTrue(c.customerNumber().matches("C\\d{8}"), c.customerNumber());
        assertEquals("1234", c.aadhaarLast4());
        assertFalse(c.hasPortalAccess());
    }

    @Test
    void register_invalidKyc_isRefusedWithEveryFieldNamed() {
        CustomerService.Registration bad = new CustomerService.Registration(1L, " ", LocalDate.now().plusDays(1),
                "12345", "not-an-email", "", "abc", "12", null, null);
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> customers.register(bad, TestData.CLERK));
        List<String> fields = e.violations().stream().map(Map.Entry::getKey).toList();
        for (String f : List.of("fullName", "dateOfBirth", "mobile", "email", "address", "panNumber", "aadhaarNumber")) {
            assertTrue(fields.contains(f), f + " missing from " + fields);
        }
    }

    @Test
    void register_minor_isRefused() {
        CustomerService.Registration r = data.registration("Young Person");
        CustomerService.Registration minor = new CustomerService.Registration(r.branchId(), r.fullName(),
                clock.today().minusYears(17), r.mobile(), r.email(), r.address(), r.panNumber(), r.aadhaarNumber(),
                null, null);
        assertThrows(ValidationFailedException.class, () -> customers.register(minor, TestData.CLERK));
    }

    @Test
    void register_duplicatePan_isRefused() {
        CustomerService.Registration r = data.registration("First Holder");
        customers.register(r, TestData.CLERK);
        CustomerService.Registration again = new CustomerService.Registration(r.branchId(), "Second Holder",
                r.dateOfBirth(), TestData.uniqueMobile(), null, "Elsewhere", r.panNumber(), null, null, null);
        assertThrows(DuplicateException.class, () -> customers.register(again, TestData.CLERK));
    }

    @Test
    void lifecycle_pendingApprovedActive_blockAndUnblockReturnToActive_allAudited() {
        Customer c = customers.register(data.registration("Life Cycle"), TestData.CLERK);
        assertThrows(InvalidStateException.class, () -> customers.activatePortal(c.id(), "Secret123", TestData.MANAGER));
        assertThrows(org.coopbank.shared.AccessDeniedException.class, () -> customers.approve(c.id(), TestData.CLERK));
        assertThrows(org.coopbank.shared.AccessDeniedException.class, () -> customers.approve(c.id(),
                org.coopbank.shared.Actor.staff("test.clerk", org.coopbank.staff.StaffRole.MANAGER)), "maker cannot check");
        assertEquals(CustomerStatus.APPROVED, customers.approve(c.id(), TestData.MANAGER).status());
        assertThrows(InvalidStateException.class, () -> customers.approve(c.id(), TestData.MANAGER));
        Customer active = customers.activatePortal(c.id(), "Secret123", TestData.MANAGER);
        assertEquals(CustomerStatus.ACTIVE, active.status());
        assertEquals(active.mobile(), active.loginMobile());
        assertTrue(active.hasPortalAccess());
        assertThrows(ValidationFailedException.class, () -> customers.block(c.id(), " ", TestData.MANAGER));
        assertEquals(CustomerStatus.BLOCKED, customers.block(c.id(), "Suspicious activity", TestData.MANAGER).status());
        assertFalse(customers.get(c.id()).hasPortalAccess());
        Customer back = customers.unblock(c.id(), TestData.MANAGER);
        assertEquals(CustomerStatus.ACTIVE, back.status());
        assertNull(back.blockedReason());

        List<AuditRecord> trail = audit.forEntity("Customer", c.id());
        assertEquals(List.of("customer.register", "customer.approve", "customer.activate-portal", "customer.block",
                "customer.unblock"), trail.stream().map(AuditRecord::action).toList());
        assertTrue(trail.get(1).before().contains("PENDING") && trail.get(1).after().contains("APPROVED"));
        assertTrue(trail.stream().noneMatch(a -> String.valueOf(a.after()).contains("Secret123")),
                "passwords never reach the audit log");
    }

    @Test
    void weakPassword_isRefused_andCustomerStaysApproved() {
        Customer c = data.approvedCustomer("Weak Password");
        assertThrows(ValidationFailedException.class, () -> customers.activatePortal(c.id(), "short", TestData.MANAGER));
        assertThrows(ValidationFailedException.class, () -> customers.activatePortal(c.id(), "onlyletters", TestData.MANAGER));
        assertEquals(CustomerStatus.APPROVED, customers.get(c.id()).status());
    }

    @Test
    void search_findsByNameFragmentNumberOrMobile_paged() {
        Customer c = customers.register(data.registration("Zephyrine Qualls"), TestData.CLERK);
        customers.register(data.registration("Other One"), TestData.CLERK);
        customers.register(data.registration("Other Two"), TestData.CLERK);
        assertEquals(List.of(c.id()), customers.search("zephyrine", 0, 10).stream().map(Customer::id).toList());
        assertEquals(List.of(c.id()), customers.search(c.customerNumber(), 0, 10).stream().map(Customer::id).toList());
        assertEquals(List.of(c.id()), customers.search(c.mobile(), 0, 10).stream().map(Customer::id).toList());
        assertEquals(3, customers.search(null, 0, 3).size());
        assertTrue(customers.search("no-such-customer-xyz", 0, 10).isEmpty());
    }

    @Test
    void updateContact_changesContactAndNominee_withBeforeAndAfter() {
        Customer c = data.approvedCustomer("Contact Change");
        customers.updateContact(c.id(), "new@example.com", "New Address 5", "New Nominee", "Son", TestData.CLERK);
        Customer after = customers.get(c.id());
        assertEquals("new@example.com", after.email());
        assertEquals("New Nominee", after.nomineeName());
        AuditRecord last = audit.forEntity("Customer", c.id()).stream().reduce((a, b) -> b).orElseThrow();
        assertEquals("customer.update-contact", last.action());
        assertTrue(last.before().contains("1 Test Street") && last.after().contains("New Address 5"));
    }
}
