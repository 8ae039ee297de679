package org.coopbank.customer;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import org.coopbank.account.AccountQueries;
import org.coopbank.deposit.DepositQueries;
import org.coopbank.loan.LoanQueries;
import org.coopbank.shared.Actor;
import org.coopbank.shared.InputGuard;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.Nullable;
import org.coopbank.shared.Validation;
import org.coopbank.staff.StaffRole;

/**
 * Staff look-ups of customers: a search on name, mobile, customer number or account number, paged and sorted in
 * the database, and the 360° view. Read models only.
 */
@Stateless
@Interceptors(InputGuard.class)
public class CustomerQueries {

    /** Sortable columns: what a page may ask for, mapped to JPQL (never concatenated from input). */
    private static final Map<String, String> SORTS = Map.of("customerNumber", "c.customerNumber",
            "fullName", "c.fullName", "mobile", "c.mobile", "status", "c.status", "branchCode", "c.branch.code");

    private static final String WHERE = """
            WHERE (:q = '' OR LOWER(c.fullName) LIKE :like OR c.customerNumber = :exact OR c.mobile = :exact
                   OR EXISTS (SELECT a.id FROM BankAccount a WHERE a.customer = c AND a.accountNumber = :exact))""";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountQueries accounts;

    @Inject
    LoanQueries loans;

    @Inject
    DepositQueries deposits;

    public List<CustomerRow> search(@Nullable String query, int first, int max, @Nullable String sortField,
                                    boolean ascending, Actor actor) {
        actor.requireStaff(StaffRole.values());
        Validation.range(first, "first", 0, Integer.MAX_VALUE);
        Validation.range(max, "max", 1, 500);
        String order = SORTS.getOrDefault(sortField == null ? "" : sortField, "c.id");
        TypedQuery<CustomerRow> q = em.createQuery("""
                SELECT new org.coopbank.customer.CustomerRow(c.id, c.customerNumber, c.fullName, c.mobile, c.status,
                       c.branch.code)
                FROM Customer c""" + " " + WHERE + " ORDER BY " + order + (ascending ? " ASC" : " DESC") + ", c.id",
                CustomerRow.class);
        bind(q, query);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(@Nullable String query, Actor actor) {
        actor.requireStaff(StaffRole.values());
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(c) FROM Customer c " + WHERE, Long.class);
        bind(q, query);
        return q.getSingleResult();
    }

    /** The KYC queue for managers: customers still PENDING, newest first, at most {@code max}. */
    public List<PendingCustomerRow> pendingApproval(int max, Actor actor) {
        actor.requireStaff(StaffRole.MANAGER);
        Validation.range(max, "max", 1, 500);
        return em.createQuery("""
                        SELECT new org.coopbank.customer.PendingCustomerRow(c.id, c.customerNumber, c.fullName, c.mobile,
                               c.panNumber, c.aadhaarLast4, c.branch.code, c.createdBy, c.createdAt)
                        FROM Customer c WHERE c.status = :s ORDER BY c.id DESC""", PendingCustomerRow.class)
                .setParameter("s", CustomerStatus.PENDING).setMaxResults(max).getResultList();
    }

    /** "staff:clerk" (how some records name their actor) reads as "clerk", like the rest. */
    private static String who(String actor) {
        return actor == null ? null : actor.substring(actor.indexOf(':') + 1);
    }

    private static void bind(TypedQuery<?> q, String query) {
        String exact = Validation.text(query, "query", 120, false);
        String lower = exact == null ? "" : exact.toLowerCase();
        q.setParameter("q", lower).setParameter("like", "%" + lower + "%").setParameter("exact", exact == null ? "" : exact);
    }

    /** The customer 360° view: details, accounts, loans, FDs and the latest transactions. */
    public Customer360 overview(long customerId, Actor actor) {
        actor.requireStaff(StaffRole.values());
        Customer c = em.find(Customer.class, customerId);
        if (c == null) {
            throw new NotFoundException("Customer " + customerId + " not found");
        }
        CustomerRow row = new CustomerRow(c.id(), c.customerNumber(), c.fullName(), c.mobile(), c.status(),
                c.branch().code());
        String nominee = c.nomineeName() == null ? null
                : c.nomineeName() + (c.nomineeRelation() == null ? "" : " (" + c.nomineeRelation() + ")");
        return new Customer360(row, c.email(), c.address(), nominee, who(c.createdBy()), who(c.approvedBy()), c.blockedReason(),
                c.hasPortalAccess(), accounts.forCustomer(customerId), loans.forCustomer(customerId),
                deposits.forCustomer(customerId), accounts.recentForCustomer(customerId, 10));
    }
}
