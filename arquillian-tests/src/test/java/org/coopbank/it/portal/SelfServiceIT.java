package org.coopbank.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.audit.AuditRecord;
import org.coopbank.audit.AuditService;
import org.coopbank.it.Deployments;
import org.coopbank.it.LedgerAssertions;
import org.coopbank.it.TestData;
import org.coopbank.ledger.LedgerReports;
import org.coopbank.loan.PrepaymentPreview;
import org.coopbank.selfservice.MyAccount;
import org.coopbank.selfservice.MyDashboard;
import org.coopbank.selfservice.MyDeposit;
import org.coopbank.selfservice.MyInstallment;
import org.coopbank.selfservice.MyLoan;
import org.coopbank.selfservice.MyLoanDetail;
import org.coopbank.selfservice.MyPage;
import org.coopbank.selfservice.MyProfile;
import org.coopbank.selfservice.MyTransaction;
import org.coopbank.selfservice.SelfService;
import org.coopbank.shared.AccessDeniedException;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.Money;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.ValidationFailedException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The portal's one customer-scoped façade: what a customer sees of their own bank, and nothing of anyone else's. */
@ExtendWith(ArquillianExtension.class)
class SelfServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(SelfServiceIT.class, PortalBank.class, PortalBank.Made.class);
    }

    @Inject
    SelfService self;

    @Inject
    PortalBank bank;

    @Inject
    org.coopbank.account.AccountService accounts;

    @Inject
    AuditService audit;

    @Inject
    LedgerReports reports;

    @Inject
    BusinessClock clock;

    @AfterEach
    void booksStaySound() {
        LedgerAssertions.assertBooksSound(reports, clock);
    }

    private static Actor as(PortalBank.Made m) {
        return Actor.customer(m.customerNumber(), m.customerId());
    }

    @Test
    void dashboard_showsOwnAccountsMasked_loanWithOverdueFirstEmi_andLatestTransactions() {
        PortalBank.Made a = bank.create("Dash Board");
        MyDashboard d = self.dashboard(as(a));
        assertEquals("Dash Board", d.fullName());
        assertEquals(2, d.accounts().size());
        for (MyAccount acc : d.accounts()) {
            assertTrue(acc.maskedNumber().matches("XXXX\\d{4}"), acc.maskedNumber());
        }
        Money total = d.accounts().stream().map(MyAccount::balance).reduce(Money.ZERO, Money::plus);
        assertEquals(total, d.totalBalance());
        assertEquals(2, d.loans().size());
        MyLoan loan = d.loans().get(0);
        assertEquals(a.loanNumber(), loan.loanNumber());
        assertEquals(1, loan.overdueInstalments(), "the first EMI fell due 10 days ago and is unpaid");
        assertTrue(loan.overdueAmount().isPositive());
        assertEquals(clock.today().minusDays(40).plusMonths(2), loan.nextDueDate(), "the second EMI is the next due");
        assertEquals(5, d.recent().size());
        assertFalse(d.recent().get(0).date().isBefore(d.recent().get(4).date()), "newest first");
        assertTrue(d.maturingSoon().isEmpty(), "a 12-month FD does not mature within 30 days");
    }

    @Test
    void history_pagesNewestFirst_withRunningBalance_filtersByDate_andMasksNumbersInNarrations() {
        PortalBank.Made a = bank.create("His Tory");
        MyPage<MyTransaction> first = self.history(as(a), a.savingsId(), null, null, 0, 25);
        assertEquals(25, first.rows().size());
        assertTrue(first.total() > 25 && first.hasNext());
        MyPage<MyTransaction> second = self.history(as(a), a.savingsId(), null, null, 25, 25);
        assertEquals(first.total() - 25, second.rows().size());
        // running balance: each row's balance is the next older row's balance plus or minus its amount
        List<MyTransaction> rows = new java.util.ArrayList<>(first.rows());
        rows.addAll(second.rows());
        for (int i = 0; i + 1 < rows.size(); i++) {
            MyTransaction newer = rows.get(i);
            MyTransaction older = rows.get(i + 1);
            Money expected = newer.credit() ? older.balanceAfter().plus(newer.amount()) : older.balanceAfter().minus(newer.amount());
            assertEquals(expected, newer.balanceAfter(), "row " + i);
        }
        assertEquals(self.account(as(a), a.savingsId()).balance(), rows.get(0).balanceAfter());
        String transfer = rows.stream().map(MyTransaction::narration).filter(n -> n.startsWith("Transfer")).findFirst().orElseThrow();
        assertFalse(transfer.contains(a.currentNumber()), transfer);
        assertTrue(transfer.contains("XXXX" + a.currentNumber().substring(a.currentNumber().length() - 4)), transfer);

        LocalDate from = clock.today().minusDays(30);
        LocalDate to = clock.today().minusDays(10);
        MyPage<MyTransaction> window = self.history(as(a), a.savingsId(), from, to, 0, 100);
        assertFalse(window.rows().isEmpty());
        assertTrue(window.rows().stream().allMatch(t -> !t.date().isBefore(from) && !t.date().isAfter(to)));
        assertEquals(window.total(), window.rows().size());
        assertThrows(ValidationFailedException.class, () -> self.history(as(a), a.savingsId(), to, from, 0, 10));
        assertThrows(ValidationFailedException.class, () -> self.history(as(a), a.savingsId(), null, null, 0, 1000));
    }

    @Test
    void anotherCustomersIds_areNotFound_likeIdsThatDoNotExist() {
        PortalBank.Made a = bank.create("Alpha Owner");
        PortalBank.Made b = bank.create("Beta Snooper");
        Actor snooper = as(b);
        assertThrows(NotFoundException.class, () -> self.account(snooper, a.savingsId()));
        assertThrows(NotFoundException.class, () -> self.history(snooper, a.savingsId(), null, null, 0, 10));
        assertThrows(NotFoundException.class, () -> self.loan(snooper, a.loanId()));
        assertThrows(NotFoundException.class, () -> self.prepaymentWhatIf(snooper, a.loanId(), new BigDecimal("1000")));
        assertThrows(NotFoundException.class, () -> self.ownAccount(snooper, a.currentId()));
        assertThrows(NotFoundException.class, () -> self.account(snooper, Long.MAX_VALUE));
        assertTrue(self.accounts(snooper).stream().noneMatch(x -> x.id() == a.savingsId() || x.id() == a.currentId()));
        assertTrue(self.deposits(snooper).stream().noneMatch(x -> x.id() == a.fdId()));
        // staff and system actors are not customers: the portal façade refuses them outright
        assertThrows(AccessDeniedException.class, () -> self.accounts(TestData.CLERK));
        assertThrows(AccessDeniedException.class, () -> self.dashboard(TestData.SYSTEM));
    }

    @Test
    void loan_scheduleStates_andPrepaymentWhatIf_postNothing() {
        PortalBank.Made a = bank.create("Loan Looker");
        MyLoanDetail d = self.loan(as(a), a.loanId());
        assertEquals(12, d.schedule().size());
        assertEquals(MyInstallment.State.OVERDUE, d.schedule().get(0).state());
        assertEquals(MyInstallment.State.DUE, d.schedule().get(1).state());
        assertEquals(MyInstallment.State.UPCOMING, d.schedule().get(11).state());
        Money principals = d.schedule().stream().map(MyInstallment::principal).reduce(Money.ZERO, Money::plus);
        assertEquals(Money.of(60000), principals);

        // the core refuses a prepayment while an EMI is due: the what-if says so, and changes nothing
        InvalidStateException refused = assertThrows(InvalidStateException.class,
                () -> self.prepaymentWhatIf(as(a), a.loanId(), new BigDecimal("10000")));
        assertTrue(refused.getMessage().contains("pay them before a prepayment"), refused.getMessage());

        Money outstandingBefore = self.loan(as(a), a.freshLoanId()).loan().outstanding();
        PrepaymentPreview p = self.prepaymentWhatIf(as(a), a.freshLoanId(), new BigDecimal("10000"));
        assertTrue(p.reduceEmi().newEmi().isLessThan(p.reduceEmi().currentEmi()));
        assertTrue(p.reduceTenure().instalmentsAfter() < p.reduceTenure().instalmentsBefore());
        assertTrue(p.reduceTenure().interestSaved().isGreaterThan(p.reduceEmi().interestSaved()));
        assertEquals(outstandingBefore, self.loan(as(a), a.freshLoanId()).loan().outstanding(), "nothing posted");
        assertThrows(org.coopbank.shared.BusinessException.class, () -> self.prepaymentWhatIf(as(a), a.freshLoanId(), new BigDecimal("-5")));
    }

    @Test
    void deposits_showMaturity_andWhatClosingTodayWouldPay() {
        PortalBank.Made a = bank.create("Fd Holder");
        MyDeposit fd = self.deposits(as(a)).get(0);
        assertEquals(a.fdId(), fd.id());
        assertTrue(fd.maturityAmount().isGreaterThan(fd.principal()));
        assertNotNull(fd.closureToday());
        assertEquals(fd.principal(), fd.closureToday(), "closed the day it opened: no interest, never below the principal");
        assertTrue(fd.linkedAccount().matches("XXXX\\d{4}"));
    }

    @Test
    void profile_update_isValidated_audited_andChangesNothingWhenRefused() {
        PortalBank.Made a = bank.create("Pro File");
        MyProfile before = self.profile(as(a));
        ValidationFailedException bad = assertThrows(ValidationFailedException.class, () -> self.updateProfile(as(a),
                "not-an-email", "", "12345", "Someone", null));
        List<String> fields = bad.violations().stream().map(java.util.Map.Entry::getKey).toList();
        assertTrue(fields.contains("email") || fields.contains("address"), fields.toString());
        assertEquals(before, self.profile(as(a)), "a refused change changes nothing");

        MyProfile after = self.updateProfile(as(a), "pro.file@example.in", "12 MG Road, Pune", "9123456780", "Asha File", "Spouse");
        assertEquals("pro.file@example.in", after.email());
        assertEquals("9123456780", after.alternatePhone());
        assertEquals("Asha File", after.nomineeName());
        assertEquals("Spouse", after.nomineeRelation());
        List<AuditRecord> trail = audit.forEntity("Customer", a.customerId());
        assertTrue(trail.stream().anyMatch(r -> r.action().equals("customer.update-profile")), "audited");
        assertThrows(AccessDeniedException.class, () -> self.updateProfile(TestData.CLERK, null, "x", null, null, null));
    }

    @Test
    void alerts_countUnread_andMarkingReadIsTheCustomersOwn() throws InterruptedException {
        PortalBank.Made a = bank.create("Alert Reader");
        PortalBank.Made b = bank.create("Other Reader");
        long unreadA = settled(as(a));
        long unreadB = settled(as(b));
        assertTrue(unreadA > 3, "postings sent more alerts than the dashboard lists (the count is then counted)");
        assertEquals(unreadA, self.alerts(as(a), 0, 100).rows().stream().filter(x -> !x.read()).count());
        assertEquals(3, self.dashboard(as(a)).latestUnread().size(), "the latest three unread");
        assertEquals(unreadA, self.markAlertsRead(as(a)));
        assertEquals(0, self.dashboard(as(a)).unreadAlerts());
        assertTrue(self.dashboard(as(a)).latestUnread().isEmpty());
        accounts.deposit(a.savingsId(), new java.math.BigDecimal("10.00"), "One more", TestData.CASHIER);
        assertEquals(1, settled(as(a)), "one new alert: counted from the short list");
        assertEquals(1, self.dashboard(as(a)).latestUnread().size());
        assertEquals(unreadB, self.dashboard(as(b)).unreadAlerts(), "someone else's alerts are untouched");
    }

    /** Alerts are queued asynchronously after each posting: wait until the count holds still for a second. */
    private long settled(Actor me) throws InterruptedException {
        long last = -1;
        for (int i = 0; i < 40; i++) {
            long now = self.dashboard(me).unreadAlerts();
            if (now == last && now > 0) {
                return now;
            }
            last = now;
            Thread.sleep(500);
        }
        return last;
    }
}
