package org.coopbank.loan;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.shared.Actor;
import org.coopbank.shared.Money;
import org.coopbank.shared.Validation;
import org.coopbank.staff.StaffRole;

/** Read models of loans for screens and APIs (callers check who may see them). */
@Stateless
public class LoanQueries {

    @PersistenceContext
    EntityManager em;

    public java.util.Optional<LoanSummary> byNumber(String loanNumber) {
        return em.createQuery("""
                        SELECT new org.coopbank.loan.LoanSummary(l.id, l.loanNumber, l.status, l.principal,
                               l.outstandingPrincipal, l.emiAmount, l.annualRate, l.tenureMonths, l.disbursedOn,
                               l.customer.id, l.customer.fullName, l.account.accountNumber)
                        FROM Loan l WHERE l.loanNumber = :n""", LoanSummary.class)
                .setParameter("n", loanNumber).getResultStream().findFirst();
    }

    /** The schedule with what is paid of each instalment, in order. */
    public List<InstallmentRow> schedule(long loanId) {
        return em.createQuery("""
                        SELECT new org.coopbank.loan.InstallmentRow(i.seqNo, i.dueDate, i.principalDue, i.interestDue,
                               i.penaltyDue, i.principalPaid, i.interestPaid, i.penaltyPaid, i.status)
                        FROM LoanInstallment i WHERE i.loan.id = :l ORDER BY i.seqNo""", InstallmentRow.class)
                .setParameter("l", loanId).getResultList();
    }

    public List<LoanRow> forCustomer(long customerId) {
        return em.createQuery("""
                        SELECT new org.coopbank.loan.LoanRow(l.id, l.loanNumber, l.status, l.principal,
                               l.outstandingPrincipal, l.emiAmount, l.annualRate, l.tenureMonths)
                        FROM Loan l WHERE l.customer.id = :c ORDER BY l.id""", LoanRow.class)
                .setParameter("c", customerId).getResultList();
    }

    /** Loans in {@code status} (APPLIED or APPROVED) for the manager's queues, newest first, at most {@code max}. */
    public List<LoanDecisionRow> awaiting(LoanStatus status, int max, Actor actor) {
        actor.requireStaff(StaffRole.MANAGER);
        Validation.range(max, "max", 1, 500);
        return em.createQuery("""
                        SELECT new org.coopbank.loan.LoanDecisionRow(l.id, l.loanNumber, l.status, c.customerNumber,
                               c.fullName, a.accountNumber, l.principal, l.annualRate, l.tenureMonths, l.purpose,
                               l.appliedOn, l.appliedBy, l.decidedBy, l.payoutToExternal)
                        FROM Loan l JOIN l.customer c JOIN l.account a
                        WHERE l.status = :s ORDER BY l.id DESC""", LoanDecisionRow.class)
                .setParameter("s", status).setMaxResults(max).getResultList();
    }

    /**
     * Unpaid instalments of a branch's loans past their due date on {@code today}, in the buckets 1–30, 31–60,
     * 61–90 and 90+ days past due: one aggregate query, the bucket bounds computed here as dates (portable SQL).
     */
    public List<OverdueBucket> overdueBuckets(long branchId, LocalDate today, Actor actor) {
        actor.requireStaff(StaffRole.MANAGER, StaffRole.ACCOUNTANT);
        Object[] r = (Object[]) em.createNativeQuery("""
                        SELECT SUM(CASE WHEN i.due_date >= ?2 THEN 1 ELSE 0 END),
                               SUM(CASE WHEN i.due_date >= ?2 THEN i.principal_due - i.principal_paid ELSE 0 END),
                               SUM(CASE WHEN i.due_date < ?2 AND i.due_date >= ?3 THEN 1 ELSE 0 END),
                               SUM(CASE WHEN i.due_date < ?2 AND i.due_date >= ?3 THEN i.principal_due - i.principal_paid ELSE 0 END),
                               SUM(CASE WHEN i.due_date < ?3 AND i.due_date >= ?4 THEN 1 ELSE 0 END),
                               SUM(CASE WHEN i.due_date < ?3 AND i.due_date >= ?4 THEN i.principal_due - i.principal_paid ELSE 0 END),
                               SUM(CASE WHEN i.due_date < ?4 THEN 1 ELSE 0 END),
                               SUM(CASE WHEN i.due_date < ?4 THEN i.principal_due - i.principal_paid ELSE 0 END)
                        FROM loan_installment i JOIN loan l ON l.id = i.loan_id
                        WHERE l.branch_id = ?1 AND l.status = 'DISBURSED' AND i.due_date < ?5
                          AND i.status IN ('PENDING', 'PARTIALLY_PAID', 'OVERDUE')""")
                .setParameter(1, branchId).setParameter(2, today.minusDays(30)).setParameter(3, today.minusDays(60))
                .setParameter(4, today.minusDays(90)).setParameter(5, today).getSingleResult();
        return List.of(new OverdueBucket(1, 30, count(r[0]), money(r[1])),
                new OverdueBucket(31, 60, count(r[2]), money(r[3])),
                new OverdueBucket(61, 90, count(r[4]), money(r[5])),
                new OverdueBucket(91, null, count(r[6]), money(r[7])));
    }

    private static long count(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static Money money(Object o) {
        return o == null ? Money.ZERO : Money.of(o instanceof BigDecimal b ? b : new BigDecimal(o.toString()));
    }
}
