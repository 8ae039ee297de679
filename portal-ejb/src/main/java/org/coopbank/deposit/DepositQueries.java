package org.coopbank.deposit;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Read models of fixed deposits for screens and APIs (callers check who may see them). */
@Stateless
public class DepositQueries {

    @PersistenceContext
    EntityManager em;

    public List<FdRow> forCustomer(long customerId) {
        return em.createQuery("""
                        SELECT new org.coopbank.deposit.FdRow(f.id, f.fdNumber, f.status, f.principal, f.annualRate,
                               f.openedOn, f.maturityDate, f.maturityAmount)
                        FROM FixedDeposit f WHERE f.customer.id = :c ORDER BY f.id""", FdRow.class)
                .setParameter("c", customerId).getResultList();
    }
}
