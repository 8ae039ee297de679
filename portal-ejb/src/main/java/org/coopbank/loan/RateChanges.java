package org.coopbank.loan;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coopbank.audit.AuditService;
import org.coopbank.settings.SettingsService;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.InputGuard;
import org.coopbank.shared.Money;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.Nullable;
import org.coopbank.shared.Validation;
import org.coopbank.shared.ValidationFailedException;
import org.coopbank.staff.StaffRole;

/**
 * Floating-rate loans' rate changes and the schedules the emi-schedule job rebuilds. A manager changes a running
 * floating-rate loan's rate (at most {@code limit.rate-max}), choosing per change to keep the EMI or the tenure; the
 * loan's rate changes at once, audited, and the change waits (pending) for the job, which rebuilds the unpaid part of
 * the schedule by the EMI rule ({@link Loan#rebuildSchedule}) and stamps it applied. The job also builds the schedule
 * of a disbursed loan that has none. No money moves: the outstanding principal, hence 1300, is unchanged.
 */
@Stateless
@Interceptors(InputGuard.class)
public class RateChanges {

    @PersistenceContext
    EntityManager em;

    @Inject
    SettingsService settings;

    @Inject
    AuditService audit;

    @Inject
    BusinessClock clock;

    /** A manager changes a running floating-rate loan's rate from today; the schedule is rebuilt by emi-schedule. */
    public LoanRateChange change(long loanId, BigDecimal newRate, RateChangeOption keep, Actor actor) {
        actor.requireStaff(StaffRole.MANAGER);
        BigDecimal rate = Validation.rate(newRate, "annualRate", settings.maxRate());
        if (keep == null) {
            throw new ValidationFailedException("keep", "choose to keep the EMI or the tenure");
        }
        Loan loan = lock(loanId);
        BigDecimal old = loan.annualRate();
        loan.changeRate(rate);
        LoanRateChange c = new LoanRateChange(loan, old, rate, keep, clock.today(), actor.name(), clock.now());
        em.persist(c);
        em.flush();
        audit.record(actor, "loan.rate-change", "Loan", loan.id(), Map.of("rate", old.toPlainString()),
                Map.of("rate", rate.toPlainString(), "keep", keep.name(), "effectiveOn", c.effectiveOn().toString(),
                        "rateChangeId", c.id().toString()));
        return c;
    }

    /**
     * What {@link #change} would do, as the loan's schedule stands today: the same checks and refusals (the rate within
     * {@code limit.rate-max}, a choice made, a running floating-rate loan, a rate that differs), nothing changed.
     */
    public RateChangePlan preview(long loanId, @Nullable BigDecimal newRate, @Nullable RateChangeOption keep, Actor actor) {
        actor.requireStaff(StaffRole.MANAGER);
        BigDecimal rate = Validation.rate(newRate, "annualRate", settings.maxRate());
        if (keep == null) {
            throw new ValidationFailedException("keep", "choose to keep the EMI or the tenure");
        }
        Loan loan = em.find(Loan.class, loanId);
        if (loan == null) {
            throw new NotFoundException("Loan " + loanId + " not found");
        }
        return loan.planRateChange(clock.today(), rate, keep);
    }

    /**
     * Running floating-rate loans for the manager's screen, newest first, at most {@code max}: all of them, or those
     * whose loan number or customer number is {@code query}, or whose customer's name contains it.
     */
    public List<FloatingLoanRow> runningFloating(@Nullable String query, int max, Actor actor) {
        actor.requireStaff(StaffRole.MANAGER);
        Validation.range(max, "max", 1, 500);
        String q = query == null ? "" : Validation.text(query, "query", 100, false);
        q = q == null ? "" : q.trim();
        return em.createQuery("""
                        SELECT new org.coopbank.loan.FloatingLoanRow(l.id, l.loanNumber, c.customerNumber, c.fullName,
                               l.annualRate, l.outstandingPrincipal, l.emiAmount,
                               (SELECT COUNT(i) FROM LoanInstallment i WHERE i.loan = l AND i.status IN :unpaid),
                               (SELECT COUNT(r) FROM LoanRateChange r WHERE r.loan = l AND r.appliedOn IS NULL))
                        FROM Loan l JOIN l.customer c
                        WHERE l.status = :s AND l.floatingRate = TRUE
                          AND (:q = '' OR UPPER(l.loanNumber) = UPPER(:q) OR UPPER(c.customerNumber) = UPPER(:q)
                               OR LOWER(c.fullName) LIKE :like)
                        ORDER BY l.id DESC""", FloatingLoanRow.class)
                .setParameter("unpaid", List.of(InstallmentStatus.PENDING, InstallmentStatus.PARTIALLY_PAID,
                        InstallmentStatus.OVERDUE))
                .setParameter("s", LoanStatus.DISBURSED).setParameter("q", q)
                .setParameter("like", "%" + q.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%")
                .setMaxResults(max).getResultList();
    }

    /** One running floating-rate loan of {@link #runningFloating}, or empty. */
    public java.util.Optional<FloatingLoanRow> runningFloating(long loanId, Actor actor) {
        return em.createQuery("SELECT l.loanNumber FROM Loan l WHERE l.id = :id", String.class).setParameter("id", loanId)
                .getResultStream().findFirst().flatMap(n -> runningFloating(n, 1, actor).stream().findFirst());
    }

    /** The latest rate changes of all loans, newest first, at most {@code max}: pending or applied, who and when. */
    public List<RateChangeRow> recent(int max, Actor actor) {
        actor.requireStaff(StaffRole.MANAGER);
        Validation.range(max, "max", 1, 500);
        return em.createQuery("""
                        SELECT new org.coopbank.loan.RateChangeRow(r.id, l.loanNumber, c.fullName, r.oldRate, r.newRate,
                               r.keep, r.effectiveOn, r.changedBy, r.changedAt, r.appliedOn, r.outcome)
                        FROM LoanRateChange r JOIN r.loan l JOIN l.customer c ORDER BY r.id DESC""", RateChangeRow.class)
                .setMaxResults(max).getResultList();
    }

    /** The loan's rate changes, oldest first. */
    public List<LoanRateChange> changes(long loanId) {
        return em.createQuery("SELECT c FROM LoanRateChange c WHERE c.loan.id = :l ORDER BY c.id", LoanRateChange.class)
                .setParameter("l", loanId).getResultList();
    }

    /**
     * Up to {@code limit} ids above {@code afterId}, in order, of the loans whose schedule the job rebuilds as of
     * {@code on}: a rate change effective by then still pending, or disbursed by then with no instalments.
     */
    public List<Long> loanIds(LocalDate on, long afterId, int limit) {
        return em.createQuery("SELECT l.id FROM Loan l WHERE l.id > :after AND l.status = :s AND ("
                        + " EXISTS (SELECT c FROM LoanRateChange c WHERE c.loan = l AND c.appliedOn IS NULL"
                        + " AND c.effectiveOn <= :on)"
                        + " OR (l.disbursedOn <= :on AND NOT EXISTS (SELECT i FROM LoanInstallment i WHERE i.loan = l)))"
                        + " ORDER BY l.id", Long.class)
                .setParameter("after", afterId).setParameter("s", LoanStatus.DISBURSED).setParameter("on", on)
                .setMaxResults(limit).getResultList();
    }

    public long countLoans(LocalDate on, long afterId) {
        return em.createQuery("SELECT COUNT(l) FROM Loan l WHERE l.id > :after AND l.status = :s AND ("
                        + " EXISTS (SELECT c FROM LoanRateChange c WHERE c.loan = l AND c.appliedOn IS NULL"
                        + " AND c.effectiveOn <= :on)"
                        + " OR (l.disbursedOn <= :on AND NOT EXISTS (SELECT i FROM LoanInstallment i WHERE i.loan = l)))",
                        Long.class)
                .setParameter("after", afterId).setParameter("s", LoanStatus.DISBURSED).setParameter("on", on)
                .getSingleResult();
    }

    /** The pending rate changes of the loan effective by {@code on}, oldest first (the job's idempotency key). */
    public List<LoanRateChange> pending(long loanId, LocalDate on) {
        return em.createQuery("SELECT c FROM LoanRateChange c WHERE c.loan.id = :l AND c.appliedOn IS NULL"
                        + " AND c.effectiveOn <= :on ORDER BY c.id", LoanRateChange.class)
                .setParameter("l", loanId).setParameter("on", on).getResultList();
    }

    /**
     * The job's item, under the loan's row lock, as of today's (business) date: builds a missing schedule, and rebuilds
     * the schedule for the pending rate changes effective by today (the latest one's choice and date, at the loan's
     * current rate; the earlier ones are superseded by it), stamping each applied. Answers what it did.
     */
    public String rebuild(long loanId, Actor actor) {
        actor.requireStaffOrSystem(StaffRole.MANAGER);
        Loan loan = lock(loanId);
        LocalDate today = clock.today();
        StringBuilder did = new StringBuilder();
        if (loan.needsSchedule()) {
            for (LoanInstallment i : loan.buildMissingSchedule()) {
                em.persist(i);
            }
            did.append("schedule built: ").append(loan.installments().size()).append(" instalments of ")
                    .append(loan.emiAmount());
            audit.record(actor, "loan.schedule-built", "Loan", loan.id(), Map.of("instalments", "0"),
                    Map.of("instalments", String.valueOf(loan.installments().size()), "emi", loan.emiAmount().toString()));
        }
        List<LoanRateChange> pending = pending(loanId, today);
        if (!pending.isEmpty()) {
            LoanRateChange latest = pending.get(pending.size() - 1);
            Money emiBefore = loan.emiAmount();
            long liveBefore = live(loan);
            for (LoanInstallment i : loan.rebuildSchedule(latest.effectiveOn(), latest.keep())) {
                em.persist(i);
            }
            String what = "rate " + latest.newRate().stripTrailingZeros().toPlainString() + " % " + latest.keep()
                    + ": EMI " + emiBefore + " -> " + loan.emiAmount() + ", instalments " + liveBefore + " -> " + live(loan);
            for (LoanRateChange c : pending) {
                c.applied(today, c == latest ? what : "superseded by rate change " + latest.id());
            }
            audit.record(actor, "loan.reschedule", "Loan", loan.id(),
                    Map.of("emi", String.valueOf(emiBefore), "instalments", String.valueOf(liveBefore)),
                    Map.of("emi", String.valueOf(loan.emiAmount()), "instalments", String.valueOf(live(loan)),
                            "rateChangeId", latest.id().toString(),
                            "outstanding", loan.outstandingPrincipal().toString()));
            did.append(did.length() == 0 ? "" : "; ").append(what);
        }
        return did.length() == 0 ? "nothing to rebuild" : did.toString();
    }

    private static long live(Loan loan) {
        return loan.installments().stream().filter(i -> i.status() != InstallmentStatus.CANCELLED).count();
    }

    private Loan lock(long loanId) {
        Loan loan = em.find(Loan.class, loanId, LockModeType.PESSIMISTIC_WRITE);
        if (loan == null) {
            throw new NotFoundException("Loan " + loanId + " not found");
        }
        return loan;
    }
}
