package org.coopbank.security.access;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.coopbank.audit.AuditService;
import org.coopbank.customer.Customer;
import org.coopbank.customer.CustomerService;
import org.coopbank.customer.CustomerStatus;
import org.coopbank.security.PasswordHasher;
import org.coopbank.security.SignInOutcome;
import org.coopbank.security.token.ApiTokens;
import org.coopbank.shared.AccessDeniedException;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.DuplicateException;
import org.coopbank.shared.InputGuard;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.Nullable;
import org.coopbank.shared.ValidationFailedException;
import org.coopbank.staff.StaffRole;

/**
 * The customer portal's access codes (see the package description for the rules). Every method that takes a mobile
 * answers the same whether it is registered or not; {@code clientAddress} is the address the web tier resolved
 * ({@code SignInGuard.clientAddress}), counted and logged.
 */
@Stateless
@Interceptors(InputGuard.class)
public class PortalAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    OneTimeCodes codes;

    @Inject
    LoginTickets tickets;

    @Inject
    ApiTokens apiTokens;

    @Inject
    CodeChecks checks;

    @Inject
    SmsSender sms;

    @Inject
    CustomerService customers;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditService audit;

    @Inject
    BusinessClock clock;

    /** A manager grants portal access to an APPROVED (or, again, an ACTIVE) customer: an activation code by SMS. Audited. */
    public void grantAccess(long customerId, Actor manager) {
        manager.requireStaff(StaffRole.MANAGER);
        Customer c = em.find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new NotFoundException("Customer " + customerId + " not found");
        }
        if (c.status() != CustomerStatus.APPROVED && c.status() != CustomerStatus.ACTIVE) {
            throw new InvalidStateException("Customer " + c.customerNumber() + " is " + c.status()
                    + ": portal access needs an approved customer");
        }
        Optional<Customer> holder = customers.findByLoginMobile(c.mobile());
        if (holder.isPresent() && !holder.get().id().equals(c.id())) {
            throw new DuplicateException("The mobile number of " + c.customerNumber() + " is another customer's portal login");
        }
        Instant now = clock.now();
        String code = Secrets.digits(CodePurpose.ACTIVATION.digits());
        codes.supersede(CodePurpose.ACTIVATION, c.mobile(), now);
        OneTimeCode issued = codes.issue(CodePurpose.ACTIVATION, c.id(), c.mobile(), Secrets.hash(code), now, manager.toString());
        sms.send(c.mobile(), Texts.activation(code));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("customerNumber", c.customerNumber());
        after.put("status", c.status().name());
        after.put("activationCodeSentTo", Secrets.maskMobile(c.mobile()));
        after.put("codeValidUntil", issued.expiresAt().toString());
        audit.record(manager, "customer.grant-portal-access", "Customer", c.id(), null, after);
        checks.logSent(c.mobile(), "", CodePurpose.ACTIVATION + " by " + manager);
    }

    /**
     * Activation and forgot-password: checks the code sent to {@code mobile} (an activation code, or a reset code),
     * the password's strength ({@link PasswordPolicy}, checked first: a weak password changes nothing and spends no
     * try), stores its bcrypt hash and makes the customer ACTIVE with this login mobile.
     */
    public void activate(String mobile, String code, String newPassword, String clientAddress) {
        setPassword(List.of(CodePurpose.ACTIVATION, CodePurpose.RESET), mobile, code, newPassword, clientAddress);
    }

    /** Same answer whether the mobile exists or not: a reset code goes only to a customer with portal access. */
    public void requestPasswordReset(String mobile, String clientAddress) {
        request(CodePurpose.RESET, mobile, clientAddress);
    }

    /** Forgot-password with a reset code (an activation code is not accepted here). */
    public void resetPassword(String mobile, String code, String newPassword, String clientAddress) {
        setPassword(List.of(CodePurpose.RESET), mobile, code, newPassword, clientAddress);
    }

    /** Same answer whether the mobile exists or not: an OTP goes only to a customer with portal access. */
    public void requestLoginOtp(String mobile, String clientAddress) {
        request(CodePurpose.LOGIN, mobile, clientAddress);
    }

    /**
     * Verifies the OTP and returns a single-use login ticket, valid {@link LoginTickets#LIFETIME}, that the customer
     * realm accepts as the password: {@code request.login(mobile, ticket)}, then {@link #consumeTicket(String)}.
     */
    public String verifyLoginOtp(String mobile, String code, String clientAddress) {
        String m = CodeChecks.mobile(mobile);
        CodeChecks.Attempt a = checks.verify(m, clientAddress, m, code,
                () -> codes.live(List.of(CodePurpose.LOGIN), m, clock.now()));
        Customer c = customers.get(a.code().customerId());
        a.require(c.hasPortalAccess() && m.equals(c.loginMobile()));
        a.accept();
        return tickets.issue(c.id(), m);
    }

    /** Marks the mobile's live login ticket used; call it right after {@code request.login}. Any customer sign-in does too. */
    public void consumeTicket(String mobile) {
        tickets.consume(mobile.trim());
    }

    /** A signed-in customer asks to move their login to {@code newMobile}: a code goes to the new number. */
    public void requestMobileChange(Actor customer, String newMobile) {
        Customer c = self(customer);
        String to = CodeChecks.mobile(newMobile);
        if (to.equals(c.mobile())) {
            throw new ValidationFailedException("newMobile", "is already your mobile number");
        }
        String login = c.loginMobile() == null ? c.mobile() : c.loginMobile();
        checks.admitSendToNewMobile(login, to);
        Instant now = clock.now();
        String code = Secrets.digits(CodePurpose.MOBILE_CHANGE.digits());
        codes.supersedeForCustomer(CodePurpose.MOBILE_CHANGE, c.id(), now);
        codes.issue(CodePurpose.MOBILE_CHANGE, c.id(), to, Secrets.hash(code), now, customer.toString());
        sms.send(to, Texts.mobileChange(code));
        checks.logSent(login, "", CodePurpose.MOBILE_CHANGE + " to " + Secrets.maskMobile(to));
    }

    /** Confirms the change with the code sent to the new number: mobile and login mobile change; audited. */
    public void confirmMobileChange(Actor customer, String code) {
        Customer c = self(customer);
        String oldMobile = c.mobile();
        String login = c.loginMobile() == null ? oldMobile : c.loginMobile();
        CodeChecks.Attempt a = checks.verify(login, "customer:" + c.id(), login, code,
                () -> codes.liveForCustomer(CodePurpose.MOBILE_CHANGE, c.id(), clock.now()));
        String newMobile = a.code().targetMobile();
        a.accept();
        customers.changeMobile(c.id(), newMobile, customer);
        Instant now = clock.now();
        for (CodePurpose p : List.of(CodePurpose.LOGIN, CodePurpose.RESET, CodePurpose.ACTIVATION)) {
            codes.supersede(p, oldMobile, now);
        }
        tickets.consume(login);
        sms.send(oldMobile, Texts.mobileChanged(newMobile));
        checks.log(login, "", "to " + Secrets.maskMobile(newMobile), SignInOutcome.MOBILE_CHANGED);
    }

    /** Customers awaiting portal access (APPROVED, no password yet), or those matching a customer number or mobile. */
    public List<PortalAccessRow> candidates(@Nullable String query, int max, Actor manager) {
        manager.requireStaff(StaffRole.MANAGER);
        String q = query == null ? "" : query.strip();
        return em.createQuery("""
                        SELECT new org.coopbank.security.access.PortalAccessRow(c.id, c.customerNumber, c.fullName, c.mobile,
                               CAST(c.status AS String), c.loginMobile)
                        FROM Customer c
                        WHERE (:q = '' AND c.status = org.coopbank.customer.CustomerStatus.APPROVED)
                           OR (:q <> '' AND (c.customerNumber = :q OR c.mobile = :q)
                               AND c.status IN (org.coopbank.customer.CustomerStatus.APPROVED, org.coopbank.customer.CustomerStatus.ACTIVE))
                        ORDER BY c.id""", PortalAccessRow.class)
                .setParameter("q", q).setMaxResults(Math.max(1, Math.min(max, 500))).getResultList();
    }

    private void request(CodePurpose purpose, String mobile, String clientAddress) {
        String m = CodeChecks.mobile(mobile);
        checks.admitSend(m, clientAddress);
        Instant now = clock.now();
        String code = Secrets.digits(purpose.digits());
        String hash = Secrets.hash(code); // the same work for an unknown mobile
        Optional<Customer> c = customers.findByLoginMobile(m).filter(Customer::hasPortalAccess);
        codes.supersede(purpose, m, now);
        if (c.isPresent()) {
            codes.issue(purpose, c.get().id(), m, hash, now, "portal:" + clientAddress);
            sms.send(m, purpose == CodePurpose.LOGIN ? Texts.login(code) : Texts.reset(code));
            checks.logSent(m, clientAddress, purpose.name());
        } else {
            checks.log(m, clientAddress, purpose.name(), SignInOutcome.CODE_NOT_SENT);
        }
    }

    private void setPassword(List<CodePurpose> purposes, String mobile, String code, String newPassword, String clientAddress) {
        String m = CodeChecks.mobile(mobile);
        PasswordPolicy.check(newPassword, m);
        Supplier<Optional<OneTimeCode>> live = () -> codes.live(purposes, m, clock.now());
        CodeChecks.Attempt a = checks.verify(m, clientAddress, m, code, live);
        Customer c = customers.get(a.code().customerId());
        boolean activation = a.code().purpose() == CodePurpose.ACTIVATION;
        a.require(m.equals(c.mobile()) && (activation
                ? c.status() == CustomerStatus.APPROVED || c.status() == CustomerStatus.ACTIVE
                : c.hasPortalAccess() && m.equals(c.loginMobile())));
        a.accept();
        customers.setPortalPassword(c.id(), hasher.hash(newPassword), Actor.customer(c.customerNumber(), c.id()));
        Instant now = clock.now();
        codes.supersede(CodePurpose.ACTIVATION, m, now);
        codes.supersede(CodePurpose.RESET, m, now);
        tickets.consume(m);
        apiTokens.revokeAll(c.id()); // a new password ends every API session signed in with the old one
        checks.log(m, clientAddress, a.code().purpose().name(), SignInOutcome.PASSWORD_SET);
    }

    private Customer self(Actor actor) {
        if (!actor.isCustomer()) {
            throw new AccessDeniedException(actor + " is not a customer");
        }
        return customers.get(actor.customerId());
    }
}
