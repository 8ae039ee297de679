package org.coopbank.deposit;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
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

    /**
     * The FD rate cards, newest first: the one in force, then the past ones with the dates they applied (superadmin,
     * who replaces the card; managers and accountants, who answer for the rates paid).
     */
    public List<RateCard> rateCards(Actor actor) {
        actor.requireStaff(StaffRole.SUPERADMIN, StaffRole.MANAGER, StaffRole.ACCOUNTANT);
        List<FdRateRow> rows = em.createQuery("""
                        SELECT new org.coopbank.deposit.FdRateRow(r.minDays, r.maxDays, r.annualRate, r.effectiveFrom,
                               r.effectiveTo)
                        FROM FdRate r ORDER BY r.effectiveFrom DESC, r.effectiveTo DESC NULLS FIRST, r.id""", FdRateRow.class)
                .setMaxResults(5000).getResultList();
        // rows of one card share their dates and were stored in one go, by minDays: a card made and replaced on the same
        // day shares its dates with the others of that day, so a band that does not start later than the one before
        // begins the next card
        List<RateCard> cards = new ArrayList<>();
        List<RateCard> sameDates = new ArrayList<>();
        List<FdRateRow> bands = new ArrayList<>();
        FdRateRow previous = null;
        for (FdRateRow r : rows) {
            boolean otherDates = previous != null && !(r.effectiveFrom().equals(previous.effectiveFrom())
                    && java.util.Objects.equals(r.effectiveTo(), previous.effectiveTo()));
            if (previous != null && (otherDates || r.minDays() <= previous.minDays())) {
                sameDates.add(0, new RateCard(previous.effectiveFrom(), previous.effectiveTo(), List.copyOf(bands)));
                bands.clear();
                if (otherDates) {
                    cards.addAll(sameDates);
                    sameDates.clear();
                }
            }
            bands.add(r);
            previous = r;
        }
        if (previous != null) {
            sameDates.add(0, new RateCard(previous.effectiveFrom(), previous.effectiveTo(), List.copyOf(bands)));
            cards.addAll(sameDates);
        }
        return cards;
    }
}
