package org.coopbank.it.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.coopbank.account.AccountQueries;
import org.coopbank.account.AccountService;
import org.coopbank.account.AccountTransaction;
import org.coopbank.account.BankAccount;
import org.coopbank.account.ReversalRow;
import org.coopbank.audit.AuditRecord;
import org.coopbank.audit.AuditService;
import org.coopbank.customer.Customer;
import org.coopbank.customer.CustomerQueries;
import org.coopbank.customer.CustomerService;
import org.coopbank.customer.CustomerStatus;
import org.coopbank.it.Books;
import org.coopbank.it.Deployments;
import org.coopbank.it.LedgerAssertions;
import org.coopbank.it.TestData;
import org.coopbank.ledger.EventType;
import org.coopbank.ledger.LedgerReports;
import org.coopbank.loan.Loan;
import org.coopbank.loan.LoanDecisionRow;
import org.coopbank.loan.LoanQueries;
import org.coopbank.loan.LoanService;
import org.coopbank.loan.LoanStatus;
import org.coopbank.shared.AccessDeniedException;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.Money;
import org.coopbank.shared.ValidationFailedException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The manager's approval queues and the decisions taken from them, through the services the screens call. */
@ExtendWith(ArquillianExtension.class)
class ManagerQueriesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(ManagerQueriesIT.class);
    }

    @Inject
    CustomerService customers;

    @Inject
    CustomerQueries customerQueries;

    @Inject
    LoanService loans;

    @Inject
    LoanQueries loanQueries;

    @Inject
    AccountService accounts;

    @Inject
    AccountQueries accountQueries;

    @Inject
    AuditService audit;

    @Inject
    TestData data;

    @Inject
    Books books;

    @Inject
    LedgerReports reports;

    @Inject
    BusinessClock clock;

    @AfterEach
    void booksStaySound() {
        LedgerAssertions.assertBooksSound(reports, clock);
    }

    private boolean pending(long customerId) {
        return customerQueries.pendingApproval(500, TestData.MANAGER).stream().anyMatch(r -> r.id() == customerId);
    }

    @Test
    void kycQueue_listsPendingCustomers_andARejectionWithAReasonIsFinalAndAudited() {
        Customer c = customers.register(data.registration("Queue Reject"), TestData.CLERK);
        assertTrue(pending(c.id()));
        assertEquals("test.clerk", customerQueries.pendingApproval(500, TestData.MANAGER).stream()
                .filter(r -> r.id().equals(c.id())).findFirst().orElseThrow().enteredByName());

        assertThrows(ValidationFailedException.class, () -> customers.reject(c.id(), " ", TestData.MANAGER));
        assertThrows(AccessDeniedException.class, () -> customers.reject(c.id(), "Not mine to decide", TestData.CLERK));
        assertEquals(CustomerStatus.PENDING, customers.get(c.id()).status(), "refusals change nothing");

        Customer rejected = customers.reject(c.id(), "Address proof does not match", TestData.MANAGER);
        assertEquals(CustomerStatus.REJECTED, rejected.status());
        assertEquals("Address proof does not match", customers.get(c.id()).rejectionReason());
        assertFalse(pending(c.id()));
        assertThrows(InvalidStateException.class, () -> customers.approve(c.id(), TestData.MANAGER));
        assertThrows(InvalidStateException.class, () -> customers.reject(c.id(), "Again", TestData.MANAGER));
        assertThrows(InvalidStateException.class, () -> customers.block(c.id(), "After rejection", TestData.MANAGER));
        List<AuditRecord> trail = audit.forEntity("Customer", c.id());
        assertTrue(trail.stream().anyMatch(a -> a.action().equals("customer.reject")
                && a.after().contains("Address proof does not match")), trail.toString());
    }

    @Test
    void kycQueue_approvalLeavesIt_andIsRefusedToTheClerkWhoEnteredTheCustomer() {
        Customer c = customers.register(data.registration("Queue Approve"), TestData.CLERK);
        org.coopbank.shared.Actor clerkManager = org.coopbank.shared.Actor.staff(TestData.CLERK.name(),
                org.coopbank.staff.StaffRole.CLERK, org.coopbank.staff.StaffRole.MANAGER);
        AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> customers.approve(c.id(), clerkManager));
        assertTrue(refused.getMessage().contains("cannot also approve it"), refused.getMessage());
        assertTrue(pending(c.id()));
        customers.approve(c.id(), TestData.MANAGER);
        assertFalse(pending(c.id()));
        assertThrows(AccessDeniedException.class, () -> customerQueries.pendingApproval(10, TestData.CLERK));
    }

    @Test
    void loanQueues_followTheLoanFromApplicationToDisbursement() {
        BankAccount a = data.savingsWith("Queue Loan", "1000.00");
        Loan l = loans.apply(new LoanService.Application(a.customer().id(), a.id(), new BigDecimal("60000"),
                new BigDecimal("12"), 12, "Dairy cattle"), TestData.CLERK);
        LoanDecisionRow applied = row(LoanStatus.APPLIED, l.id());
        assertEquals(a.accountNumber(), applied.accountNumber());
        assertEquals(Money.of("60000"), applied.principal());
        assertEquals(Money.of("5330.93"), applied.emi(), "EMI of 60,000 at 12 % for 12 months");
        assertEquals("test.clerk", applied.appliedByName());

        loans.approve(l.id(), TestData.MANAGER);
        assertTrue(loanQueries.awaiting(LoanStatus.APPLIED, 500, TestData.MANAGER).stream().noneMatch(r -> r.id().equals(l.id())));
        assertEquals("test.manager", row(LoanStatus.APPROVED, l.id()).decidedBy());

        loans.disburse(l.id(), TestData.MANAGER);
        assertTrue(loanQueries.awaiting(LoanStatus.APPROVED, 500, TestData.MANAGER).stream().noneMatch(r -> r.id().equals(l.id())));
        assertEquals(Money.of("61000.00"), accounts.get(a.id()).balance());
        assertThrows(AccessDeniedException.class, () -> loanQueries.awaiting(LoanStatus.APPLIED, 10, TestData.CASHIER));
    }

    private LoanDecisionRow row(LoanStatus status, long loanId) {
        return loanQueries.awaiting(status, 500, TestData.MANAGER).stream().filter(r -> r.id() == loanId).findFirst()
                .orElseThrow(() -> new AssertionError("loan " + loanId + " not in the " + status + " queue"));
    }

    @Test
    void reversalQueue_showsTheOriginalEntry_andApprovalRestoresTheBalance() {
        BankAccount from = data.savingsWith("Queue Reversal From", "900.00");
        BankAccount to = data.savingsWith("Queue Reversal To", "0");
        AccountTransaction t = accounts.transfer(from.id(), to.id(), new BigDecimal("250.00"), "Rent to wrong payee",
                TestData.CASHIER);
        long request = accounts.requestReversal(t.journalEntry().id(), "Wrong payee", TestData.CASHIER).id();
        ReversalRow r = accountQueries.pendingReversals(500, TestData.MANAGER).stream()
                .filter(x -> x.requestId() == request).findFirst().orElseThrow();
        assertEquals(t.journalEntry().id(), r.journalEntryId());
        assertEquals(EventType.TRANSFER, r.eventType());
        assertEquals(Money.of("250.00"), r.amount());
        assertEquals("Wrong payee", r.reason());
        assertEquals("test.cashier", r.requestedByName());
        assertEquals(2, r.lines().size());
        assertTrue(r.lines().stream().anyMatch(x -> x.accountNumber().equals(from.accountNumber())
                && x.direction() == AccountTransaction.Direction.DEBIT));
        assertTrue(r.lines().stream().anyMatch(x -> x.accountNumber().equals(to.accountNumber())
                && x.direction() == AccountTransaction.Direction.CREDIT && x.holderName().equals("Queue Reversal To")));

        Books.Counts before = books.counts();
        assertThrows(AccessDeniedException.class, () -> accounts.approveReversal(request, TestData.CASHIER));
        assertEquals(before, books.counts(), "a refusal changes nothing");
        accounts.approveReversal(request, TestData.MANAGER);
        assertEquals(Money.of("900.00"), accounts.get(from.id()).balance());
        assertEquals(Money.ZERO, accounts.get(to.id()).balance());
        assertTrue(accountQueries.pendingReversals(500, TestData.MANAGER).stream().noneMatch(x -> x.requestId() == request));
    }

    @Test
    void reversalQueue_rejectionWithANoteLeavesTheBalance() {
        BankAccount a = data.savingsWith("Queue Reversal Reject", "100.00");
        AccountTransaction d = accounts.deposit(a.id(), new BigDecimal("40.00"), "Counter", TestData.CASHIER);
        long request = accounts.requestReversal(d.journalEntry().id(), "Keyed twice?", TestData.CASHIER).id();
        accounts.rejectReversal(request, "Customer did pay twice", TestData.MANAGER);
        assertEquals(Money.of("140.00"), accounts.get(a.id()).balance());
        assertTrue(accountQueries.pendingReversals(500, TestData.MANAGER).stream().noneMatch(x -> x.requestId() == request));
        assertThrows(InvalidStateException.class, () -> accounts.approveReversal(request, TestData.MANAGER));
    }
}
