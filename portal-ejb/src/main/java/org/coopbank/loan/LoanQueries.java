package org.coopbank.loan;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

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
}
