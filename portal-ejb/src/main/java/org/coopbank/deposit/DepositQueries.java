package org.coopbank.deposit;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The FD rate cards, newest first: the one in force, then the past ones with the dates they applied (superadmin,
     * who replaces the card; managers and accountants, who answer for the rates paid).
     */
    public List<RateCard> rateCards(Actor actor) {
        actor.requireStaff(StaffRole.SUPERADMIN, StaffRole.MANAGER, StaffRole.ACCOUNTANT);
        List<FdRateRow> rows = em.createQuery("""
                        SELECT new org.coopbank.deposit.FdRateRow(r.minDays, r.maxDays, r.annualRate, r.effectiveFrom,
                               r.effectiveTo)
                        FROM FdRate r ORDER BY r.effectiveFrom DESC, r.effectiveTo DESC NULLS FIRST, r.minDays""", FdRateRow.class)
                .setMaxResults(5000).getResultList();
        Map<List<LocalDate>, List<FdRateRow>> cards = new LinkedHashMap<>();
        for (FdRateRow r : rows) {
            cards.computeIfAbsent(java.util.Arrays.asList(r.effectiveFrom(), r.effectiveTo()), k -> new ArrayList<>()).add(r);
        }
        return cards.entrySet().stream()
                .map(e -> new RateCard(e.getKey().get(0), e.getKey().get(1), List.copyOf(e.getValue()))).toList();
    }
}
