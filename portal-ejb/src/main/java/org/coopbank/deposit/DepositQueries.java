package org.coopbank.deposit;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.shared.Actor;
import org.coopbank.staff.StaffRole;

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

    /** A branch's ACTIVE FDs maturing from {@code from} to {@code to} (both included), by maturity date. */
    public List<MaturingFdRow> maturing(long branchId, LocalDate from, LocalDate to, Actor actor) {
        actor.requireStaff(StaffRole.MANAGER, StaffRole.ACCOUNTANT);
        return em.createQuery("""
                        SELECT new org.coopbank.deposit.MaturingFdRow(f.id, f.fdNumber, c.customerNumber, c.fullName,
                               f.principal, f.annualRate, f.maturityDate, f.maturityAmount, a.accountNumber)
                        FROM FixedDeposit f JOIN f.customer c JOIN f.linkedAccount a
                        WHERE f.branch.id = :b AND f.status = :s AND f.maturityDate BETWEEN :from AND :to
                        ORDER BY f.maturityDate, f.id""", MaturingFdRow.class)
                .setParameter("b", branchId).setParameter("s", FdStatus.ACTIVE).setParameter("from", from)
                .setParameter("to", to).setMaxResults(500).getResultList();
    }
}
