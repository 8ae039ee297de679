package org.coopbank.ledger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.InputGuard;
import org.coopbank.shared.Money;
import org.coopbank.staff.StaffRole;

/**
 * The teller's day: the entries a cashier posted on a business date that moved cash (GL 1000), by kind, with the
 * cash received and paid out, including the withdrawals above the approval limit the cashier entered and a manager
 * approved (posted by the manager, paid out from the cashier's drawer). From the ledger itself, one aggregate query.
 */
@Stateless
@Interceptors(InputGuard.class)
public class TellerDay {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    /** The signed-in cashier's own day (today's business date). */
    public List<TellerDayRow> today(Actor actor) {
        actor.requireStaff(StaffRole.CASHIER);
        return day(clock.today(), actor.toString());
    }

    List<TellerDayRow> day(LocalDate date, String postedBy) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT e.event_type, COUNT(DISTINCT e.id), COALESCE(SUM(l.debit), 0), COALESCE(SUM(l.credit), 0)
                        FROM journal_entry e JOIN journal_line l ON l.journal_entry_id = e.id
                        WHERE e.entry_date = ?1 AND l.gl_code = '1000'
                        AND (e.posted_by = ?2 OR e.id IN (SELECT w.journal_entry_id FROM withdrawal_request w
                                                          WHERE w.requested_by = ?2 AND w.journal_entry_id IS NOT NULL))
                        GROUP BY e.event_type ORDER BY e.event_type""")
                .setParameter(1, date).setParameter(2, postedBy).getResultList();
        return rows.stream().map(r -> new TellerDayRow((String) r[0], ((Number) r[1]).longValue(),
                Money.of((BigDecimal) r[2]), Money.of((BigDecimal) r[3]))).toList();
    }
}
