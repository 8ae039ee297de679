package org.coopbank.payout;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.coopbank.audit.AuditService;
import org.coopbank.customer.Customer;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.ValidationFailedException;
import org.coopbank.staff.StaffRole;

/**
 * A customer's linked external bank account, added and removed by a clerk, audited. At most one ACTIVE per customer:
 * the customer row is locked while adding, and the database's unique {@code active_customer_id} decides in the end.
 */
@Stateless
public class LinkedAccounts {

    public static final Pattern IFSC = Pattern.compile("^[A-Z]{4}0[A-Z0-9]{6}$");
    public static final Pattern ACCOUNT_NUMBER = Pattern.compile("^[0-9]{9,18}$");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    BusinessClock clock;

    /** Adds the customer's bank account; every field is checked first and nothing is written on a refusal. */
    public LinkedAccountRow add(long customerId, String holderName, String ifsc, String accountNumber, Actor actor) {
        actor.requireStaff(StaffRole.CLERK);
        List<Map.Entry<String, String>> errors = new ArrayList<>();
        String name = holderName == null ? "" : holderName.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            errors.add(Map.entry("holderName", "is required"));
        } else if (name.length() > 100) {
            errors.add(Map.entry("holderName", "must be at most 100 characters"));
        }
        String code = ifsc == null ? "" : ifsc.strip().toUpperCase(Locale.ROOT);
        if (!IFSC.matcher(code).matches()) {
            errors.add(Map.entry("ifsc", "must be 11 characters: four letters, a zero, then six letters or digits (e.g. SBIN0001234)"));
        }
        String number = accountNumber == null ? "" : accountNumber.strip();
        if (!ACCOUNT_NUMBER.matcher(number).matches()) {
            errors.add(Map.entry("accountNumber", "must be 9 to 18 digits"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        Customer c = em.find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new NotFoundException("Customer " + customerId + " not found");
        }
        active(customerId).ifPresent(a -> {
            throw new InvalidStateException("The customer already has a linked bank account (" + a.maskedNumber()
                    + "); remove it before adding another");
        });
        LinkedBankAccount a = new LinkedBankAccount(customerId, name, code, number, actor.toString(), clock.now());
        em.persist(a);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new InvalidStateException("The customer already has a linked bank account; remove it before adding another");
        }
        audit.record(actor, "linked-bank-account.add", "LinkedBankAccount", a.id(), null, describe(a));
        return LinkedAccountRow.of(a);
    }

    public LinkedAccountRow remove(long linkedAccountId, Actor actor) {
        actor.requireStaff(StaffRole.CLERK);
        LinkedBankAccount a = em.find(LinkedBankAccount.class, linkedAccountId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw new NotFoundException("Linked bank account " + linkedAccountId + " not found");
        }
        Map<String, Object> before = describe(a);
        a.remove(actor.toString(), clock.now());
        audit.record(actor, "linked-bank-account.remove", "LinkedBankAccount", a.id(), before, describe(a));
        return LinkedAccountRow.of(a);
    }

    /** The customer's ACTIVE linked account, if any. */
    public Optional<LinkedBankAccount> active(long customerId) {
        return em.createQuery("SELECT a FROM LinkedBankAccount a WHERE a.customerId = :c AND a.status = :s",
                        LinkedBankAccount.class)
                .setParameter("c", customerId).setParameter("s", LinkedBankAccount.Status.ACTIVE)
                .getResultStream().findFirst();
    }

    /** All of the customer's linked accounts, newest first, masked. */
    public List<LinkedAccountRow> forCustomer(long customerId) {
        return em.createQuery("SELECT a FROM LinkedBankAccount a WHERE a.customerId = :c ORDER BY a.id DESC",
                        LinkedBankAccount.class)
                .setParameter("c", customerId).getResultStream().map(LinkedAccountRow::of).toList();
    }

    private static Map<String, Object> describe(LinkedBankAccount a) {
        return Map.of("customerId", a.customerId(), "holderName", a.holderName(), "ifsc", a.ifsc(),
                "accountNumber", a.maskedNumber(), "status", a.status().name());
    }
}
