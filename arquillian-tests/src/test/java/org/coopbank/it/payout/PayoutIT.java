package org.coopbank.it.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.coopbank.account.AccountService;
import org.coopbank.account.BankAccount;
import org.coopbank.deposit.DepositService;
import org.coopbank.deposit.FdStatus;
import org.coopbank.deposit.FixedDeposit;
import org.coopbank.it.Books;
import org.coopbank.it.Deployments;
import org.coopbank.it.LedgerAssertions;
import org.coopbank.it.TestData;
import org.coopbank.ledger.LedgerReports;
import org.coopbank.loan.Loan;
import org.coopbank.loan.LoanService;
import org.coopbank.loan.LoanStatus;
import org.coopbank.notification.Notification;
import org.coopbank.notification.NotificationService;
import org.coopbank.payment.SimulatedGateway;
import org.coopbank.payment.WebhookInbox;
import org.coopbank.payout.LinkedAccountRow;
import org.coopbank.payout.LinkedAccounts;
import org.coopbank.payout.Payout;
import org.coopbank.payout.PayoutGateways;
import org.coopbank.payout.PayoutPurpose;
import org.coopbank.payout.PayoutRow;
import org.coopbank.payout.PayoutService;
import org.coopbank.payout.PayoutStatus;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.IndianFormat;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.Money;
import org.coopbank.shared.ValidationFailedException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Payouts end to end on the real server with the simulated payout gateway: the payout is recorded and in transit
 * (2200), the gateway is asked after commit, and its signed webhook, delivered to our own endpoint, settles it
 * (2200 → 1100) or brings it back to the customer's account. Each test makes its own customer and ends with the books
 * checked.
 */
@ExtendWith(ArquillianExtension.class)
class PayoutIT {

    private static final LocalDate OPENED = LocalDate.of(2025, 6, 2);
    private static final LocalDate MATURED = OPENED.plusMonths(12);
    private static final BigDecimal PRINCIPAL = new BigDecimal("123456.00");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(PayoutIT.class, PayoutProbe.class);
    }

    @Inject
    PayoutService payouts;

    @Inject
    LinkedAccounts linked;

    @Inject
    PayoutGateways gateways;

    @Inject
    DepositService deposits;

    @Inject
    LoanService loans;

    @Inject
    AccountService accounts;

    @Inject
    NotificationService notifications;

    @Inject
    WebhookInbox inbox;

    @Inject
    TestData data;

    @Inject
    Books books;

    @Inject
    PayoutProbe probe;

    @Inject
    org.coopbank.nightly.NightlyItems nightly;

    @Inject
    LedgerReports reports;

    @Inject
    BusinessClock clock;

    @AfterEach
    void booksStaySound() {
        LedgerAssertions.assertBooksSound(reports, clock);
    }

    @Test
    void fdMaturityPaidOut_inTransitThenProcessedByTheSignedWebhook_onceAndToldMasked() throws Exception {
        FixedDeposit fd = fd("Payout Processed");
        long customer = fd.customer().id();
        linked.add(customer, "Payout Processed", "hdfc0001234", "50100012345678", TestData.CLERK);
        Money before = accounts.get(fd.linkedAccount().id()).balance();
        Map<String, Money> gl = reports.glDebitMinusCredit();

        Payout p = payouts.payFdMaturity(fd.id(), MATURED, TestData.SYSTEM);
        assertEquals(PayoutStatus.QUEUED, p.status());
        assertEquals(fd.maturityAmount(), p.amount());
        assertEquals(FdStatus.MATURED, deposits.get(fd.id()).status());

        Payout done = await(p.id(), PayoutStatus.PROCESSED);
        assertTrue(done.gatewayPayoutId().startsWith("pout_sim_"), done.gatewayPayoutId());
        assertNotNull(done.settleEntryId());
        assertNotNull(done.utr());
        assertEquals(1, probe.entries("PAYOUT_PROCESSED", done.gatewayPayoutId()));
        assertEquals(before, accounts.get(fd.linkedAccount().id()).balance(), "nothing credited to the account here");
        Map<String, Money> after = reports.glDebitMinusCredit();
        assertEquals(delta(gl, after, "2200"), Money.ZERO, "clearing back to where it was");
        assertEquals(delta(gl, after, "1100"), fd.maturityAmount().negate(), "the money left the bank's account");
        assertEquals(delta(gl, after, "2100"), fd.principal());

        Notification alert = awaitAlert(customer, "Payout sent");
        assertTrue(alert.body().contains("XXXX5678"), alert.body());
        assertFalse(alert.body().contains("50100012345678"), "never the full number: " + alert.body());
        assertTrue(alert.body().contains("INR " + IndianFormat.grouped(fd.maturityAmount())), alert.body());
        List<PayoutRow> mine = payouts.forCustomer(customer);
        assertEquals(1, mine.size());
        assertEquals("XXXX5678", mine.get(0).toAccount());
        assertEquals(PayoutStatus.PROCESSED, mine.get(0).status());
    }

    @Test
    void aReturnedPayout_creditsTheCustomersLinkedAccountInstead_once() throws Exception {
        FixedDeposit fd = fd("Payout Returned");
        long customer = fd.customer().id();
        // the simulated beneficiary bank returns payouts to numbers ending in 0000
        linked.add(customer, "Payout Returned", "SBIN0005678", "3210987650000", TestData.CLERK);
        Money before = accounts.get(fd.linkedAccount().id()).balance();

        Payout p = payouts.payFdMaturity(fd.id(), MATURED, TestData.SYSTEM);
        Payout back = await(p.id(), PayoutStatus.REVERSED);
        assertNotNull(back.returnEntryId());
        assertEquals(before.plus(fd.maturityAmount()), accounts.get(fd.linkedAccount().id()).balance());
        Notification alert = awaitAlert(customer, "Payout returned");
        assertTrue(alert.body().contains("XXXX0000") && !alert.body().contains("3210987650000"), alert.body());
        assertTrue(alert.body().contains(accounts.get(fd.linkedAccount().id()).maskedNumber()), alert.body());
    }

    @Test
    void loanDisbursedByPayout_theSameWebhook5Times_andLateOnes_changeNothingTwice() throws Exception {
        BankAccount a = data.savingsWith("Payout Loan", "1000.00");
        long customer = a.customer().id();
        linked.add(customer, "Payout Loan", "ICIC0000104", "000401234567", TestData.CLERK);
        Loan loan = loans.apply(new LoanService.Application(customer, a.id(), new BigDecimal("75000.00"),
                new BigDecimal("11.50"), 12, "Payout loan"), TestData.CLERK);
        loans.approve(loan.id(), TestData.MANAGER);

        Payout p = payouts.payLoanDisbursement(loan.id(), clock.today(), TestData.SYSTEM);
        assertEquals(LoanStatus.DISBURSED, loans.get(loan.id()).status());
        assertEquals(Money.of("1000.00"), accounts.get(a.id()).balance(), "disbursed to the bank account, not here");
        Payout sent = awaitNot(p.id(), PayoutStatus.QUEUED);
        SimulatedGateway.SignedWebhook processed = gateways.simulated().orElseThrow().webhook("payout.processed",
                sent.gatewayPayoutId(), String.valueOf(p.id()), "fa_sim_x", p.amount().toPaise(), "INR", p.mode());
        for (int i = 0; i < 5; i++) {
            assertEquals(200, deliver(processed).statusCode());
        }
        await(p.id(), PayoutStatus.PROCESSED);
        awaitOutcome(processed.eventId());
        Thread.sleep(2000); // the simulated gateway's own processed webhook arrives too
        assertEquals(1, probe.entries("PAYOUT_PROCESSED", sent.gatewayPayoutId()), "settled once");

        // then the beneficiary bank sends it back: reversed 5 times, credited once (1100 -> the account)
        SimulatedGateway.SignedWebhook reversed = gateways.simulated().orElseThrow().webhook("payout.reversed",
                sent.gatewayPayoutId(), String.valueOf(p.id()), "fa_sim_x", p.amount().toPaise(), "INR", p.mode());
        for (int i = 0; i < 5; i++) {
            assertEquals(200, deliver(reversed).statusCode());
        }
        await(p.id(), PayoutStatus.REVERSED);
        // a late processed and a failed, each a new event: nothing moves any more
        for (String late : List.of("payout.processed", "payout.failed")) {
            SimulatedGateway.SignedWebhook w = gateways.simulated().orElseThrow().webhook(late, sent.gatewayPayoutId(),
                    String.valueOf(p.id()), "fa_sim_x", p.amount().toPaise(), "INR", p.mode());
            assertEquals(200, deliver(w).statusCode());
            assertEquals("ALREADY_SETTLED", awaitOutcome(w.eventId()));
        }
        assertEquals(1, probe.entries("PAYOUT_RETURNED", sent.gatewayPayoutId()), "returned once");
        assertEquals(Money.of("76000.00"), accounts.get(a.id()).balance(), "credited once");
        assertEquals(PayoutStatus.REVERSED, payouts.get(p.id()).status());
    }

    @Test
    void theSameIdempotencyKeyTwice_isOnePayout_andAKeyReusedForSomethingElseIsRefused() throws Exception {
        FixedDeposit fd = fd("Payout Twice");
        long customer = fd.customer().id();
        linked.add(customer, "Payout Twice", "UTIB0000001", "917020012345678", TestData.CLERK);

        Payout first = payouts.payFdMaturity(fd.id(), MATURED, TestData.SYSTEM);
        Payout second = payouts.payFdMaturity(fd.id(), MATURED, TestData.SYSTEM);
        assertEquals(first.id(), second.id());
        Payout third = clock.asOf(MATURED, () -> payouts.payout(customer, PayoutPurpose.FD_MATURITY, fd.id(),
                fd.maturityAmount(), first.idempotencyKey(), TestData.SYSTEM));
        assertEquals(first.id(), third.id());
        assertEquals(1, probe.payoutsFor("FD_MATURITY", fd.id()));

        Books.Counts counts = books.counts();
        assertThrows(ValidationFailedException.class, () -> clock.asOf(MATURED, () -> payouts.payout(customer,
                PayoutPurpose.FD_MATURITY, fd.id(), fd.maturityAmount().plus(Money.of(1)), first.idempotencyKey(),
                TestData.SYSTEM)));
        assertThrows(ValidationFailedException.class, () -> payouts.payout(customer, PayoutPurpose.FD_MATURITY, fd.id(),
                fd.maturityAmount(), "bad key!", TestData.SYSTEM));
        assertEquals(counts, books.counts());
        await(first.id(), PayoutStatus.PROCESSED);
        assertEquals(first.id(), payouts.payFdMaturity(fd.id(), MATURED, TestData.SYSTEM).id(), "still the same afterwards");
        assertEquals(1, probe.payoutsFor("FD_MATURITY", fd.id()));
    }

    @Test
    void badBankDetails_orNoLinkedAccount_orASecondActiveOne_changeNothing() {
        FixedDeposit fd = fd("Payout Refused");
        long customer = fd.customer().id();
        Books.Counts counts = books.counts();

        ValidationFailedException v = assertThrows(ValidationFailedException.class,
                () -> linked.add(customer, " ", "SBIN1234567", "12345", TestData.CLERK));
        assertEquals(List.of("holderName", "ifsc", "accountNumber"), v.violations().stream().map(Map.Entry::getKey).toList());
        for (String ifsc : List.of("SBI00001234", "SBIN0O0123", "SBIN00012345", "sbin_001234")) {
            assertThrows(ValidationFailedException.class, () -> linked.add(customer, "A Name", ifsc, "123456789", TestData.CLERK), ifsc);
        }
        assertThrows(ValidationFailedException.class, () -> linked.add(customer, "A Name", "SBIN0001234", "1234567890123456789", TestData.CLERK));
        assertThrows(ValidationFailedException.class, () -> linked.add(customer, "A Name", "SBIN0001234", "12345678a", TestData.CLERK));
        assertThrows(org.coopbank.shared.AccessDeniedException.class,
                () -> linked.add(customer, "A Name", "SBIN0001234", "123456789", TestData.CASHIER));
        assertEquals(0, probe.linkedAccounts(customer));

        // no linked account: the FD is not matured, nothing posted
        assertThrows(InvalidStateException.class, () -> payouts.payFdMaturity(fd.id(), MATURED, TestData.SYSTEM));
        assertEquals(FdStatus.ACTIVE, deposits.get(fd.id()).status());
        assertEquals(counts, books.counts());

        LinkedAccountRow one = linked.add(customer, "A Name", "SBIN0001234", "123456789", TestData.CLERK);
        assertEquals("XXXX6789", one.maskedNumber());
        assertThrows(InvalidStateException.class, () -> linked.add(customer, "A Name", "SBIN0001235", "223456789", TestData.CLERK));
        linked.remove(one.id(), TestData.CLERK);
        assertThrows(InvalidStateException.class, () -> linked.remove(one.id(), TestData.CLERK));
        LinkedAccountRow two = linked.add(customer, "A Name", "SBIN0001235", "223456789", TestData.CLERK);
        assertEquals(2, probe.linkedAccounts(customer));
        assertEquals(two.id(), linked.active(customer).orElseThrow().id());
    }

    @Test
    void anFdOpenedForPayout_isPaidOutByTheNightlyMaturityItem_onceAndToTheFundingAccountWhenNoneIsLinked() throws Exception {
        FixedDeposit fd = clock.asOf(OPENED, () -> deposits.openFromAccount(
                data.savingsWith("Payout Nightly", "200000.00").id(), PRINCIPAL, 12, false, true, TestData.CLERK));
        assertTrue(deposits.get(fd.id()).payoutToExternal());
        linked.add(fd.customer().id(), "Payout Nightly", "PUNB0123400", "123456781234", TestData.CLERK);
        Money before = accounts.get(fd.linkedAccount().id()).balance();

        String outcome = nightly.matureFd(MATURED, fd.id());
        assertTrue(outcome.startsWith("PAID_OUT payout "), outcome);
        assertEquals(null, nightly.matureFd(MATURED, fd.id()), "done once for the date");
        Payout p = payouts.byKey("fd-" + fd.id() + "-" + MATURED.toString().replace("-", "")).orElseThrow();
        await(p.id(), PayoutStatus.PROCESSED);
        assertEquals(FdStatus.MATURED, deposits.get(fd.id()).status());
        assertEquals(before, accounts.get(fd.linkedAccount().id()).balance());

        FixedDeposit unlinked = clock.asOf(OPENED, () -> deposits.openFromAccount(
                data.savingsWith("Payout Unlinked", "200000.00").id(), PRINCIPAL, 12, false, true, TestData.CLERK));
        assertEquals("PAID_TO_ACCOUNT", nightly.matureFd(MATURED, unlinked.id()));
        assertEquals(0, probe.payoutsFor("FD_MATURITY", unlinked.id()));

        BankAccount a = data.savingsWith("Payout Both", "200000.00");
        assertThrows(ValidationFailedException.class, () -> clock.asOf(OPENED, () -> deposits.openFromAccount(
                a.id(), PRINCIPAL, 12, true, true, TestData.CLERK)));
        assertEquals(Money.of("200000.00"), accounts.get(a.id()).balance(), "nothing taken");
    }

    private FixedDeposit fd(String name) {
        return clock.asOf(OPENED, () -> {
            BankAccount a = data.savingsWith(name, "200000.00");
            return deposits.openFromAccount(a.id(), PRINCIPAL, 12, TestData.CLERK);
        });
    }

    private static Money delta(Map<String, Money> before, Map<String, Money> after, String gl) {
        return after.getOrDefault(gl, Money.ZERO).minus(before.getOrDefault(gl, Money.ZERO));
    }

    private Payout await(long id, PayoutStatus status) throws InterruptedException {
        return poll(() -> payouts.get(id), p -> p.status() == status, "payout " + id + " " + status);
    }

    private Payout awaitNot(long id, PayoutStatus status) throws InterruptedException {
        return poll(() -> payouts.get(id), p -> p.status() != status, "payout " + id + " not " + status);
    }

    private String awaitOutcome(String eventId) throws InterruptedException {
        return poll(() -> inbox.find(eventId).map(e -> e.outcome() == null ? null : e.outcome().name()).orElse(null),
                o -> o != null, "outcome of " + eventId);
    }

    private Notification awaitAlert(long customer, String subject) throws InterruptedException {
        return poll(() -> notifications.forCustomer(customer, 50).stream().filter(n -> n.subject().startsWith(subject))
                .findFirst().orElse(null), n -> n != null, "alert " + subject);
    }

    private static <T> T poll(Supplier<T> read, java.util.function.Predicate<T> done, String what) throws InterruptedException {
        long end = System.currentTimeMillis() + 30_000;
        T last = null;
        while (System.currentTimeMillis() < end) {
            last = read.get();
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("timed out waiting for " + what + "; last " + last);
    }

    private static HttpResponse<String> deliver(SimulatedGateway.SignedWebhook w) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:8080/api/webhooks/razorpay"))
                .header("Content-Type", "application/json").header("X-Razorpay-Signature", w.signature())
                .header("X-Razorpay-Event-Id", w.eventId()).POST(HttpRequest.BodyPublishers.ofString(w.body())).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
