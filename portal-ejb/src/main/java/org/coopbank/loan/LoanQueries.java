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

    public List<LoanRow> forCustomer(long customerId) {
        return em.createQuery("""
                        SELECT new org.coopbank.loan.LoanRow(l.id, l.loanNumber, l.status, l.principal,
                               l.outstandingPrincipal, l.emiAmount, l.annualRate, l.tenureMonths)
                        FROM Loan l WHERE l.customer.id = :c ORDER BY l.id""", LoanRow.class)
                .setParameter("c", customerId).getResultList();
    }
}
