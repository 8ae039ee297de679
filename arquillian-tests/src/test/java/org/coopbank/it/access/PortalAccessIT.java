package org.coopbank.it.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.coopbank.audit.AuditRecord;
import org.coopbank.audit.AuditService;
import org.coopbank.customer.Customer;
import org.coopbank.customer.CustomerService;
import org.coopbank.customer.CustomerStatus;
import org.coopbank.it.Deployments;
import org.coopbank.it.TestData;
import org.coopbank.security.SignInEvent;
import org.coopbank.security.SignInLog;
import org.coopbank.security.access.InvalidCodeException;
import org.coopbank.security.access.OneTimeCode;
import org.coopbank.security.access.LoginTickets;
import org.coopbank.security.access.OneTimeCodes;
import org.coopbank.security.access.PortalAccess;
import org.coopbank.security.token.ApiTokens;
import org.coopbank.security.access.TooManyAttemptsException;
import org.coopbank.shared.AccessDeniedException;
import org.coopbank.shared.Actor;
import org.coopbank.shared.ValidationFailedException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Portal access codes through the service: grant (manager only), activation, OTP sign-in tickets, reset, mobile change;
 * expiry, single use, supersede, brute force, unknown mobiles, audit and the sign-in log. Each test has its own
 * customers and its own client address, so the throttle's counts never cross tests.
 */
@ExtendWith(ArquillianExtension.class)
class PortalAccessIT {

    private static final String STRONG = "Mango#Tree42";
    private static final AtomicInteger ADDRESSES = new AtomicInteger((int) (System.nanoTime() % 200));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(PortalAccessIT.class, AccessProbe.class);
    }

    @Inject
    PortalAccess access;

    @Inject
    CustomerService customers;

    @Inject
    TestData data;

    @Inject
    AccessProbe probe;

    @Inject
    AuditService audit;

    @Inject
    SignInLog signIns;

    @Inject
    ApiTokens apiTokens;

    @Inject
    OneTimeCodes oneTimeCodes;

    @Inject
    LoginTickets loginTickets;

    private static String address() {
        int n = ADDRESSES.incrementAndGet();
        return "203.0." + (113 + (n / 250) % 100) + "." + (1 + n % 250);
    }

    private Customer granted(String name) {
        Customer c = data.approvedCustomer(name);
        access.grantAccess(c.id(), TestData.MANAGER);
        return c;
    }

    /** A customer who activated portal access with {@link #STRONG}. */
    private Customer active(String name) {
        Customer c = granted(name);
        access.activate(c.mobile(), probe.latestCode(c.mobile()), STRONG, address());
        return customers.get(c.id());
    }

    private List<String> events(String mobile) {
        return signIns.search(mobile, null, 100, TestData.SUPERADMIN).stream().map(SignInEvent::outcome).map(Enum::name).toList();
    }

    @Test
    void grant_sendsAnEightDigitCodeBySms_toTheRegisteredMobile_auditedWithoutTheCode() {
        Customer c = granted("Grant Sms");
        String code = probe.latestCode(c.mobile());
        assertEquals(8, code.length());
        assertFalse(probe.latestSmsHasCustomer(c.mobile()), "a code SMS is not in the customer's alert history");
        OneTimeCode stored = probe.codes(c.mobile()).get(0);
        assertTrue(stored.expiresAt().isAfter(stored.createdAt().plusSeconds(23 * 3600)), "activation codes live 24 h");
        AuditRecord grant = audit.forEntity("Customer", c.id()).stream()
                .filter(a -> a.action().equals("customer.grant-portal-access")).findFirst().orElseThrow();
        assertEquals("test.manager", grant.actor());
        assertTrue(grant.after().contains("XXXXXX" + c.mobile().substring(6)), grant.after());
        assertFalse(grant.after().contains(code), "the audit never holds the code");
        assertTrue(events(c.mobile()).contains("CODE_SENT"));
    }

    @Test
    void aClerk_mayNotGrant_andNothingIsSent() {
        Customer c = data.approvedCustomer("Clerk Grant");
        assertThrows(AccessDeniedException.class, () -> access.grantAccess(c.id(), TestData.CLERK));
        assertEquals(0, probe.smsCount(c.mobile()));
        assertTrue(probe.codes(c.mobile()).isEmpty());
    }

    @Test
    void activation_setsThePassword_andTheCodeWorksOnce() {
        Customer c = granted("Activate Once");
        String code = probe.latestCode(c.mobile());
        access.activate(c.mobile(), code, STRONG, address());
        Customer after = customers.get(c.id());
        assertEquals(CustomerStatus.ACTIVE, after.status());
        assertTrue(after.hasPortalAccess());
        assertEquals(c.mobile(), after.loginMobile());
        InvalidCodeException again = assertThrows(InvalidCodeException.class,
                () -> access.activate(c.mobile(), code, "Other#Tree43", address()));
        assertEquals(InvalidCodeException.MESSAGE, again.getMessage());
        assertTrue(audit.forEntity("Customer", c.id()).stream().anyMatch(a -> a.action().equals("customer.portal-password")
                && a.actorType().equals("CUSTOMER") && !a.after().contains(STRONG)));
        assertTrue(events(c.mobile()).containsAll(List.of("CODE_FAILURE", "PASSWORD_SET", "CODE_ACCEPTED")));
    }

    @Test
    void weakPassword_isRefusedClearly_andChangesNothing_theCodeStillWorks() {
        Customer c = granted("Weak Password");
        String code = probe.latestCode(c.mobile());
        for (String weak : List.of("Password@123", "short1!", "abcdefgh12", "Tiger#" + c.mobile())) {
            ValidationFailedException e = assertThrows(ValidationFailedException.class,
                    () -> access.activate(c.mobile(), code, weak, address()));
            assertEquals("newPassword", e.violations().get(0).getKey());
        }
        assertEquals("is too common and easy to guess: choose another one", assertThrows(ValidationFailedException.class,
                () -> access.activate(c.mobile(), code, "Welcome@2026", address())).violations().get(0).getValue());
        Customer unchanged = customers.get(c.id());
        assertEquals(CustomerStatus.APPROVED, unchanged.status());
        assertFalse(unchanged.hasPortalAccess());
        assertEquals(0, probe.codes(c.mobile()).get(0).attempts(), "a refused password spends no try of the code");
        access.activate(c.mobile(), code, STRONG, address());
        assertTrue(customers.get(c.id()).hasPortalAccess());
    }

    @Test
    void loginOtp_givesATicket_once_andTheCodeCannotBeReused() {
        Customer c = active("Otp Once");
        String addr = address();
        access.requestLoginOtp(c.mobile(), addr);
        String code = probe.latestCode(c.mobile());
        assertEquals(6, code.length());
        String ticket = access.verifyLoginOtp(c.mobile(), code, addr);
        assertTrue(ticket.length() >= 22, "at least 128 random bits");
        assertEquals(1, probe.liveTickets(c.mobile()));
        assertEquals(InvalidCodeException.MESSAGE, assertThrows(InvalidCodeException.class,
                () -> access.verifyLoginOtp(c.mobile(), code, addr)).getMessage());
        access.consumeTicket(c.mobile());
        assertEquals(0, probe.liveTickets(c.mobile()));
        assertEquals("USED", probe.codes(c.mobile()).stream().filter(x -> x.purpose().name().equals("LOGIN"))
                .findFirst().orElseThrow().closedReason());
    }

    @Test
    void anOtpExpires_afterItsFiveMinutes() {
        Customer c = active("Otp Expiry");
        String addr = address();
        access.requestLoginOtp(c.mobile(), addr);
        String code = probe.latestCode(c.mobile());
        OneTimeCode stored = probe.codes(c.mobile()).get(probe.codes(c.mobile()).size() - 1);
        assertEquals(300, stored.expiresAt().getEpochSecond() - stored.createdAt().getEpochSecond());
        assertEquals(1, probe.expireCodes(c.mobile()));
        assertThrows(InvalidCodeException.class, () -> access.verifyLoginOtp(c.mobile(), code, addr));
        assertEquals(0, probe.liveTickets(c.mobile()));
    }

    @Test
    void aNewCode_supersedesTheOlderOne() {
        Customer c = active("Otp Supersede");
        String addr = address();
        access.requestLoginOtp(c.mobile(), addr);
        String first = probe.latestCode(c.mobile());
        access.requestLoginOtp(c.mobile(), addr);
        String second = probe.latestCode(c.mobile());
        if (!first.equals(second)) {
            assertThrows(InvalidCodeException.class, () -> access.verifyLoginOtp(c.mobile(), first, addr));
        }
        assertNotEquals(null, access.verifyLoginOtp(c.mobile(), second, addr));
        assertTrue(probe.codes(c.mobile()).stream().anyMatch(x -> "SUPERSEDED".equals(x.closedReason())));
    }

    @Test
    void bruteForce_backsOff_thenKillsTheCode_evenTheRightCodeIsRefused() {
        Customer c = active("Otp Brute");
        String addr = address();
        access.requestLoginOtp(c.mobile(), addr);
        String code = probe.latestCode(c.mobile());
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 1; i <= 4; i++) {
            assertEquals(InvalidCodeException.MESSAGE, assertThrows(InvalidCodeException.class,
                    () -> access.verifyLoginOtp(c.mobile(), wrong, addr)).getMessage());
        }
        InvalidCodeException fifth = assertThrows(InvalidCodeException.class, () -> access.verifyLoginOtp(c.mobile(), wrong, addr));
        assertTrue(fifth.getMessage().contains("Try again in 5 seconds"), fifth.getMessage());
        TooManyAttemptsException held = assertThrows(TooManyAttemptsException.class,
                () -> access.verifyLoginOtp(c.mobile(), code, address()));
        assertTrue(held.retryAfterSeconds() >= 1 && held.retryAfterSeconds() <= 5, held.getMessage());
        assertEquals("EXHAUSTED", probe.codes(c.mobile()).stream().filter(x -> x.purpose().name().equals("LOGIN"))
                .findFirst().orElseThrow().closedReason(), "five wrong tries kill the code");
        assertEquals(0, probe.liveTickets(c.mobile()));
        List<String> ev = events(c.mobile());
        assertEquals("THROTTLED", ev.get(0));
        assertEquals(5, ev.stream().filter("CODE_FAILURE"::equals).count());
    }

    @Test
    void unknownMobile_getsTheSameAnswers_andNothingIsSent() {
        String unknown = TestData.uniqueMobile();
        String addr = address();
        access.requestLoginOtp(unknown, addr);
        access.requestPasswordReset(unknown, addr);
        assertEquals(0, probe.smsCount(unknown));
        assertTrue(probe.codes(unknown).isEmpty());
        assertEquals(List.of("CODE_NOT_SENT", "CODE_NOT_SENT"), events(unknown));
        InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> access.verifyLoginOtp(unknown, "123456", addr));
        assertEquals(InvalidCodeException.MESSAGE, e.getMessage());
        assertEquals(InvalidCodeException.MESSAGE, assertThrows(InvalidCodeException.class,
                () -> access.resetPassword(unknown, "123456", STRONG, address())).getMessage());

        Customer known = active("Timing Known");
        long knownNanos = 0;
        long unknownNanos = 0;
        for (int i = 0; i < 3; i++) { // each request is one bcrypt hash either way; at most 5 sends a minute per mobile
            long t0 = System.nanoTime();
            access.requestPasswordReset(known.mobile(), address());
            long t1 = System.nanoTime();
            access.requestPasswordReset(TestData.uniqueMobile(), address());
            long t2 = System.nanoTime();
            knownNanos += t1 - t0;
            unknownNanos += t2 - t1;
        }
        assertTrue(unknownNanos * 2 > knownNanos, "an unknown mobile answers about as slowly: known " + knownNanos / 3_000_000
                + " ms, unknown " + unknownNanos / 3_000_000 + " ms");
    }

    @Test
    void forgotPassword_resetsWithTheResetCode_notWithAnActivationCode() {
        Customer c = active("Reset Pass");
        access.grantAccess(c.id(), TestData.MANAGER); // a re-grant: a live activation code
        String activationCode = probe.latestCode(c.mobile());
        assertThrows(InvalidCodeException.class, () -> access.resetPassword(c.mobile(), activationCode, "Other#Tree43", address()));
        access.requestPasswordReset(c.mobile(), address());
        String reset = probe.latestCode(c.mobile());
        access.resetPassword(c.mobile(), reset, "Other#Tree43", address());
        assertTrue(customers.get(c.id()).hasPortalAccess());
        assertThrows(InvalidCodeException.class, () -> access.resetPassword(c.mobile(), reset, "Third#Tree44", address()));
        assertThrows(InvalidCodeException.class, () -> access.activate(c.mobile(), activationCode, "Third#Tree44", address()),
                "setting a password closes the other live codes");
    }

    @Test
    void aNewPassword_revokesEveryApiTokenOfTheCustomer_notOtherCustomers() {
        Customer c = active("Token Reset");
        Customer other = active("Token Keeper");
        String token = apiTokens.issue(c.id(), address(), "test").token();
        String second = apiTokens.issue(c.id(), address(), "test").token();
        String othersToken = apiTokens.issue(other.id(), address(), "test").token();
        assertTrue(apiTokens.authenticate(token).isPresent());
        access.requestPasswordReset(c.mobile(), address());
        access.resetPassword(c.mobile(), probe.latestCode(c.mobile()), "Other#Tree43", address());
        assertTrue(apiTokens.authenticate(token).isEmpty(), "signed in with the old password: refused now");
        assertTrue(apiTokens.authenticate(second).isEmpty());
        assertTrue(apiTokens.authenticate(othersToken).isPresent(), "another customer's session goes on");
    }

    @Test
    void theNightlyPurge_deletesCodesAndTicketsDeadLongEnough_andKeepsLiveOnes() {
        Customer c = active("Purge Codes");
        String addr = address();
        access.requestLoginOtp(c.mobile(), addr);
        access.verifyLoginOtp(c.mobile(), probe.latestCode(c.mobile()), addr); // a used login code and a ticket
        access.requestLoginOtp(c.mobile(), addr); // a live code
        assertEquals(3, probe.codes(c.mobile()).size());
        assertEquals(1, probe.tickets(c.mobile()));

        probe.ageUsedCodes(c.mobile(), 6);
        oneTimeCodes.purge(Instant.now().minus(OneTimeCodes.KEEP_DEAD));
        assertEquals(3, probe.codes(c.mobile()).size(), "dead for 6 days: kept");
        probe.ageUsedCodes(c.mobile(), 8);
        assertTrue(oneTimeCodes.purge(Instant.now().minus(OneTimeCodes.KEEP_DEAD)) >= 2);
        List<OneTimeCode> left = probe.codes(c.mobile());
        assertEquals(1, left.size(), "only the live code is left");
        assertNull(left.get(0).usedAt());
        access.verifyLoginOtp(c.mobile(), probe.latestCode(c.mobile()), addr); // and it still works

        probe.ageTickets(c.mobile(), 2);
        assertTrue(loginTickets.purge(Instant.now().minus(Duration.ofDays(1))) >= 2);
        assertEquals(0, probe.tickets(c.mobile()));
    }

    @Test
    void mobileChange_onlyWithTheCodeSentToTheNewNumber_audited() {
        Customer c = active("Mobile Change");
        Actor self = Actor.customer(c.customerNumber(), c.id());
        String oldMobile = c.mobile();
        String newMobile = TestData.uniqueMobile();
        long smsToOld = probe.smsCount(oldMobile);
        access.requestMobileChange(self, newMobile);
        assertEquals(smsToOld, probe.smsCount(oldMobile), "the code goes to the new number only");
        String code = probe.latestCode(newMobile);
        access.requestLoginOtp(oldMobile, address());
        String oldNumbersCode = probe.latestCode(oldMobile);
        assertThrows(InvalidCodeException.class, () -> access.confirmMobileChange(self, oldNumbersCode));
        Customer other = active("Mobile Change Other");
        assertThrows(InvalidCodeException.class, () -> access.confirmMobileChange(
                Actor.customer(other.customerNumber(), other.id()), code), "another customer cannot use it");
        assertThrows(AccessDeniedException.class, () -> access.requestMobileChange(TestData.CLERK, newMobile));
        assertEquals(oldMobile, customers.get(c.id()).loginMobile());

        access.confirmMobileChange(self, code);
        Customer after = customers.get(c.id());
        assertEquals(newMobile, after.mobile());
        assertEquals(newMobile, after.loginMobile());
        assertTrue(probe.sms(oldMobile).get(0).body().contains("XXXXXX" + newMobile.substring(6)), "the old number is told");
        assertThrows(InvalidCodeException.class, () -> access.verifyLoginOtp(oldMobile, oldNumbersCode, address()),
                "codes sent to the old number die with it");
        AuditRecord change = audit.forEntity("Customer", c.id()).stream()
                .filter(a -> a.action().equals("customer.change-mobile")).findFirst().orElseThrow();
        assertEquals("CUSTOMER", change.actorType());
        assertTrue(change.before().contains(oldMobile) && change.after().contains(newMobile));
        assertThrows(InvalidCodeException.class, () -> access.confirmMobileChange(self, code), "used once");
        assertTrue(events(oldMobile).contains("MOBILE_CHANGED"));
    }

    @Test
    void grant_refusesCustomersNotApproved() {
        Customer pending = customers.register(data.registration("Grant Pending"), TestData.CLERK);
        assertThrows(org.coopbank.shared.InvalidStateException.class, () -> access.grantAccess(pending.id(), TestData.MANAGER));
        assertEquals(0, probe.smsCount(pending.mobile()));
        assertNull(customers.get(pending.id()).loginMobile());
    }
}
