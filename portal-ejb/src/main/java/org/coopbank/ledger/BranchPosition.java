package org.coopbank.ledger;

import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coopbank.shared.Actor;
import org.coopbank.shared.InputGuard;
import org.coopbank.shared.Money;
import org.coopbank.shared.Validation;
import org.coopbank.staff.StaffRole;

/**
 * A branch's position from its journal lines, for the manager's dashboard: customer deposits (2000, 2010, 2100) and
 * loans outstanding (1300) as of past month ends, and today's cash (1000). Every figure is a SQL aggregate over
 * {@code journal_line} (portable between H2 and PostgreSQL), never a loop over entities.
 */
@Stateless
@Interceptors(InputGuard.class)
public class BranchPosition {

    /** Deposits and loans outstanding at the end of {@code asOf} (a month end, or today for the running month). */
    public record MonthEnd(LocalDate asOf, Money deposits, Money loans) {
    }

    /** Cash in hand (GL 1000) at the end of {@code day}, and what came in and went out that day. */
    public record Cash(LocalDate day, Money balance, Money cashIn, Money cashOut) {
    }

    @PersistenceContext
    EntityManager em;

    /**
     * Deposits and loans outstanding at each of the last {@code months} month ends before {@code today}, oldest
     * first: one query per date over the branch's lines (entry date up to that day).
     */
    public List<MonthEnd> monthEnds(long branchId, LocalDate today, int months, Actor actor) {
        actor.requireStaff(StaffRole.MANAGER, StaffRole.ACCOUNTANT);
        Validation.range(months, "months", 1, 24);
        List<MonthEnd> out = new ArrayList<>();
        LocalDate lastMonthEnd = today.withDayOfMonth(1).minusDays(1);
        for (int i = months - 1; i >= 0; i--) {
            LocalDate end = lastMonthEnd.minusMonths(i).withDayOfMonth(lastMonthEnd.minusMonths(i).lengthOfMonth());
            Object[] r = (Object[]) em.createNativeQuery("""
                            SELECT COALESCE(SUM(CASE WHEN l.gl_code IN ('2000', '2010', '2100') THEN l.credit - l.debit ELSE 0 END), 0),
                                   COALESCE(SUM(CASE WHEN l.gl_code = '1300' THEN l.debit - l.credit ELSE 0 END), 0)
                            FROM journal_line l JOIN journal_entry e ON e.id = l.journal_entry_id
                            WHERE l.branch_id = ?1 AND e.entry_date <= ?2
                              AND l.gl_code IN ('2000', '2010', '2100', '1300')""")
                    .setParameter(1, branchId).setParameter(2, end).getSingleResult();
            out.add(new MonthEnd(end, money(r[0]), money(r[1])));
        }
        return out;
    }

    /** The branch's cash in hand at the end of {@code day}, and that day's cash in (debits) and out (credits). */
    public Cash cash(long branchId, LocalDate day, Actor actor) {
        actor.requireStaff(StaffRole.MANAGER, StaffRole.ACCOUNTANT, StaffRole.CASHIER);
        Object[] r = (Object[]) em.createNativeQuery("""
                        SELECT COALESCE(SUM(l.debit - l.credit), 0),
                               COALESCE(SUM(CASE WHEN e.entry_date = ?2 THEN l.debit ELSE 0 END), 0),
                               COALESCE(SUM(CASE WHEN e.entry_date = ?2 THEN l.credit ELSE 0 END), 0)
                        FROM journal_line l JOIN journal_entry e ON e.id = l.journal_entry_id
                        WHERE l.branch_id = ?1 AND l.gl_code = '1000' AND e.entry_date <= ?2""")
                .setParameter(1, branchId).setParameter(2, day).getSingleResult();
        return new Cash(day, money(r[0]), money(r[1]), money(r[2]));
    }

    private static Money money(Object o) {
        return o == null ? Money.ZERO : Money.of(o instanceof BigDecimal b ? b : new BigDecimal(o.toString()));
    }
}
