package org.coopbank.customer;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coopbank.audit.AuditService;
import org.coopbank.branch.BranchService;
import org.coopbank.security.PasswordHasher;
import org.coopbank.shared.Actor;
import org.coopbank.shared.InputGuard;
import org.coopbank.shared.Nullable;
import org.coopbank.staff.StaffRole;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.DuplicateException;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.NumberSequences;
import org.coopbank.shared.Validation;
import org.coopbank.shared.ValidationFailedException;

/** Onboarding, KYC approval, portal activation, blocking. Every change leaves an audit record. */
@Stateless
@Interceptors(InputGuard.class)
public class CustomerService {

    /** KYC details captured by a clerk. Aadhaar is taken in full but only its last four digits are kept. */
    public record Registration(@NotNull Long branchId,
                               @NotBlank @Size(max = 120) String fullName,
                               @NotNull @Past LocalDate dateOfBirth,
                               @NotBlank @Pattern(regexp = "[6-9]\\d{9}", message = "must be a 10-digit Indian mobile number") String mobile,
                               @Email @Size(max = 120) String email,
                               @NotBlank @Size(max = 255) String address,
                               @Pattern(regexp = "[A-Z]{5}\\d{4}[A-Z]", message = "must be a PAN like ABCDE1234F") String panNumber,
                               @Pattern(regexp = "\\d{12}", message = "must be 12 digits") String aadhaarNumber,
                               @Size(max = 120) String nomineeName,
                               @Size(max = 40) String nomineeRelation) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Validation validation;

    @Inject
    BranchService branches;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditService audit;

    @Inject
    BusinessClock clock;

    @Inject
    NumberSequences numbers;

    public Customer register(Registration r, Actor actor) {
        checkRegistration(r, actor);
        String aadhaarLast4 = r.aadhaarNumber() == null ? null : r.aadhaarNumber().substring(8);
        Customer c = new Customer(String.format("C%08d", numbers.next(NumberSequences.CUSTOMER)), branches.requireOpen(r.branchId()), r.fullName().trim(), r.dateOfBirth(), r.mobile(),
                blankToNull(r.email()), r.address().trim(), r.panNumber(), aadhaarLast4,
                blankToNull(r.nomineeName()), blankToNull(r.nomineeRelation()), clock.now(), actor.toString());
        em.persist(c);
        audit.record(actor, "customer.register", "Customer", c.id(), null, describe(c));
        return c;
    }

    /**
     * Checks KYC details as {@link #register} would (Bean Validation, age, a PAN already on file) without saving
     * anything: the clerk's review step before the registration is submitted.
     */
    public void checkRegistration(Registration r, Actor actor) {
        actor.requireStaff(StaffRole.CLERK);
        validation.check(r);
        if (!r.dateOfBirth().isBefore(clock.today().minusYears(18).plusDays(1))) {
            throw new ValidationFailedException("dateOfBirth", "customer must be at least 18 years old");
        }
        if (r.panNumber() != null && !em.createQuery("SELECT c.id FROM Customer c WHERE c.panNumber = :p")
                .setParameter("p", r.panNumber()).getResultList().isEmpty()) {
            throw new DuplicateException("A customer with this PAN already exists");
        }
    }

    /** KYC approval by a manager other than the clerk who onboarded the customer (maker ≠ checker). */
    public Customer approve(long customerId, Actor actor) {
        actor.requireStaff(StaffRole.MANAGER);
        Customer c = lock(customerId);
        actor.requireNotMaker(c.createdBy(), "customer " + c.customerNumber());
        Map<String, Object> before = describe(c);
        c.approve(actor.name(), clock.now());
        audit.record(actor, "customer.approve", "Customer", c.id(), before, describe(c));
        return c;
    }

    /** KYC refused by a manager, with the reason (kept on the customer and in the audit record). */
    public Customer reject(long customerId, String reason, Actor actor) {
        actor.requireStaff(StaffRole.MANAGER);
        String why = Validation.text(reason, "reason", 255, true);
        Customer c = lock(customerId);
        Map<String, Object> before = describe(c);
        c.reject(actor.name(), clock.now(), why);
        audit.record(actor, "customer.reject", "Customer", c.id(), before, describe(c));
        return c;
    }

    /**
     * Gives an approved customer portal access with the given password (first activation or a reset). The login
     * is the registered mobile, which must not already be another customer's login.
     */
    public Customer activatePortal(long customerId, String password, Actor actor) {
        actor.requireStaffOrSystem(StaffRole.MANAGER);
        if (password.length() < 8 || password.length() > 72) {
            throw new ValidationFailedException("password", "must be 8 to 72 characters");
        }
        Customer c = lock(customerId);
        Optional<Customer> holder = findByLoginMobile(c.mobile());
        if (holder.isPresent() && !holder.get().id().equals(c.id())) {
            throw new DuplicateException("This mobile number is already another customer's portal login");
        }
        Map<String, Object> before = describe(c);
        c.activatePortal(hasher.hash(password));
        em.flush();
        audit.record(actor, "customer.activate-portal", "Customer", c.id(), before, describe(c));
        return c;
    }

    /**
     * The customer sets their own portal password after proving, with a one-time code sent to their mobile, that they
     * hold it (activation or forgot-password: {@code org.coopbank.security.access.PortalAccess} checks the code and the
     * password's strength and hashes it). Gives an APPROVED customer portal access; the login is the registered mobile.
     */
    public Customer setPortalPassword(long customerId, String passwordHash, Actor actor) {
        actor.requireSelfOrStaff(customerId);
        if (!passwordHash.startsWith("$2a$") || passwordHash.length() > 100) {
            throw new ValidationFailedException("password", "must be a bcrypt hash");
        }
        Customer c = lock(customerId);
        Optional<Customer> holder = findByLoginMobile(c.mobile());
        if (holder.isPresent() && !holder.get().id().equals(c.id())) {
            throw new DuplicateException("This mobile number is already another customer's portal login");
        }
        Map<String, Object> before = describe(c);
        c.activatePortal(passwordHash);
        em.flush();
        Map<String, Object> after = describe(c);
        after.put("passwordChanged", true);
        audit.record(actor, "customer.portal-password", "Customer", c.id(), before, after);
        return c;
    }

    /**
     * The customer's mobile (and login) becomes {@code newMobile}; only the customer themself, after confirming a
     * code sent to the new number ({@code PortalAccess.confirmMobileChange}).
     */
    public Customer changeMobile(long customerId, String newMobile, Actor actor) {
        actor.requireSelfOrStaff(customerId);
        if (!newMobile.matches("[6-9]\\d{9}")) {
            throw new ValidationFailedException("mobile", "must be a 10-digit Indian mobile number");
        }
        Customer c = lock(customerId);
        Optional<Customer> holder = findByLoginMobile(newMobile);
        if (holder.isPresent() && !holder.get().id().equals(c.id())) {
            throw new DuplicateException("This mobile number cannot be used");
        }
        Map<String, Object> before = describe(c);
        before.put("mobile", c.mobile());
        before.put("loginMobile", String.valueOf(c.loginMobile()));
        c.changeMobile(newMobile);
        em.flush();
        Map<String, Object> after = describe(c);
        after.put("mobile", c.mobile());
        after.put("loginMobile", String.valueOf(c.loginMobile()));
        audit.record(actor, "customer.change-mobile", "Customer", c.id(), before, after);
        return c;
    }

    public Customer block(long customerId, String reason, Actor actor) {
        actor.requireStaff(StaffRole.MANAGER);
        String why = Validation.text(reason, "reason", 255, true);
        Customer c = lock(customerId);
        Map<String, Object> before = describe(c);
        c.block(why);
        audit.record(actor, "customer.block", "Customer", c.id(), before, describe(c));
        return c;
    }

    public Customer unblock(long customerId, Actor actor) {
        actor.requireStaff(StaffRole.MANAGER);
        Customer c = lock(customerId);
        Map<String, Object> before = describe(c);
        c.unblock();
        audit.record(actor, "customer.unblock", "Customer", c.id(), before, describe(c));
        return c;
    }

    /** The customer themself (portal) or a clerk. */
    public Customer updateContact(long customerId, @Nullable String email, String address, @Nullable String nomineeName,
                                  @Nullable String nomineeRelation, Actor actor) {
        actor.requireSelfOrStaff(customerId, StaffRole.CLERK);
        String mail = Validation.text(email, "email", 120, false);
        if (mail != null && !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new ValidationFailedException("email", "must be an e-mail address");
        }
        String addr = Validation.text(address, "address", 255, true);
        String nominee = Validation.text(nomineeName, "nomineeName", 120, false);
        String relation = Validation.text(nomineeRelation, "nomineeRelation", 40, false);
        Customer c = lock(customerId);
        Map<String, Object> before = describe(c);
        c.updateContact(mail, addr, nominee, relation);
        audit.record(actor, "customer.update-contact", "Customer", c.id(), before, describe(c));
        return c;
    }

    /**
     * The customer's own profile change on the portal: e-mail, address, alternate phone and nominee, validated and
     * audited (before/after). Only the customer themself: staff change contact details through {@link #updateContact}.
     * The login mobile is not here: it changes only through an OTP sent to the new number.
     */
    public Customer updateOwnProfile(@Nullable String email, String address, @Nullable String alternatePhone,
                                     @Nullable String nomineeName, @Nullable String nomineeRelation, Actor actor) {
        if (!actor.isCustomer()) {
            throw new org.coopbank.shared.AccessDeniedException("Only the customer changes their own profile");
        }
        String mail = Validation.text(email, "email", 120, false);
        if (mail != null && !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new ValidationFailedException("email", "must be an e-mail address");
        }
        String addr = Validation.text(address, "address", 255, true);
        String phone = Validation.text(alternatePhone, "alternatePhone", 10, false);
        if (phone != null && !phone.matches("[6-9]\\d{9}")) {
            throw new ValidationFailedException("alternatePhone", "must be a 10-digit Indian mobile number");
        }
        String nominee = Validation.text(nomineeName, "nomineeName", 120, false);
        String relation = Validation.text(nomineeRelation, "nomineeRelation", 40, false);
        if (nominee != null && relation == null) {
            throw new ValidationFailedException("nomineeRelation", "is needed with a nominee");
        }
        Customer c = lock(actor.customerId());
        if (phone != null && phone.equals(c.mobile())) {
            throw new ValidationFailedException("alternatePhone", "must differ from the registered mobile");
        }
        Map<String, Object> before = describe(c);
        c.updateProfile(mail, addr, phone, nominee, relation);
        audit.record(actor, "customer.update-profile", "Customer", c.id(), before, describe(c));
        return c;
    }

    public Customer get(long id) {
        Customer c = em.find(Customer.class, id);
        if (c == null) {
            throw new NotFoundException("Customer " + id + " not found");
        }
        return c;
    }

    public Optional<Customer> findByNumber(String customerNumber) {
        return em.createQuery("SELECT c FROM Customer c WHERE c.customerNumber = :n", Customer.class)
                .setParameter("n", customerNumber).getResultStream().findFirst();
    }

    public Optional<Customer> findByLoginMobile(String mobile) {
        return em.createQuery("SELECT c FROM Customer c WHERE c.loginMobile = :m", Customer.class)
                .setParameter("m", mobile).getResultStream().findFirst();
    }

    public List<Customer> search(@Nullable String nameOrNumber, int first, int max) {
        Validation.text(nameOrNumber, "query", 120, false);
        Validation.range(first, "first", 0, Integer.MAX_VALUE);
        Validation.range(max, "max", 1, 500);
        String q = nameOrNumber == null ? "" : nameOrNumber.trim().toLowerCase();
        return em.createQuery("""
                        SELECT c FROM Customer c
                        WHERE :q = '' OR LOWER(c.fullName) LIKE :like OR c.customerNumber = :exact OR c.mobile = :exact
                        ORDER BY c.id""", Customer.class)
                .setParameter("q", q).setParameter("like", "%" + q + "%").setParameter("exact", nameOrNumber)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    private Customer lock(long id) {
        Customer c = em.find(Customer.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new NotFoundException("Customer " + id + " not found");
        }
        return c;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Map<String, Object> describe(Customer c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("customerNumber", c.customerNumber());
        m.put("status", c.status().name());
        m.put("fullName", c.fullName());
        m.put("email", String.valueOf(c.email()));
        m.put("address", c.address());
        m.put("alternatePhone", String.valueOf(c.alternatePhone()));
        m.put("nominee", String.valueOf(c.nomineeName()));
        m.put("nomineeRelation", String.valueOf(c.nomineeRelation()));
        m.put("portalAccess", c.hasPortalAccess());
        if (c.rejectionReason() != null) {
            m.put("rejectionReason", c.rejectionReason());
        }
        return m;
    }
}
