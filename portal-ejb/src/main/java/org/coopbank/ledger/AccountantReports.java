package org.coopbank.ledger;

import static org.coopbank.ledger.SqlRows.date;
import static org.coopbank.ledger.SqlRows.id;
import static org.coopbank.ledger.SqlRows.money;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.coopbank.shared.Actor;
import org.coopbank.shared.InputGuard;
import org.coopbank.shared.Money;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.ValidationFailedException;

/**
 * The accountant's reports: trial balance, GL account statement and loan ageing. Aggregates run in the database
 * (portable SQL); read by accountants and managers.
 */
@Stateless
@Interceptors(InputGuard.class)
public class AccountantReports {

    @PersistenceContext
    EntityManager em;

    @Inject
    LedgerReports ledger;

    public TrialBalance trialBalance(LocalDate asOf, Actor actor) {
        actor.requireStaff(JournalQueries.READERS);
        return ledger.trialBalance(asOf);
    }

    public List<GlAccountRow> glAccounts(Actor actor) {
        actor.requireStaff(JournalQueries.READERS);
        return em.createQuery("SELECT new org.coopbank.ledger.GlAccountRow(g.code, g.name, g.type) FROM GlAccount g ORDER BY g.code",
                GlAccountRow.class).getResultList();
    }

    /** Opening balance before {@code from}, every line from {@code from} to {@code to} with the running balance, closing. */
    public GlStatement glStatement(String glCode, LocalDate from, LocalDate to, Actor actor) {
        actor.requireStaff(JournalQueries.READERS);
        if (to.isBefore(from)) {
            throw new ValidationFailedException("to", "must not be before the start of the period");
        }
        GlAccountRow account = glAccounts(actor).stream().filter(g -> g.code().equals(glCode)).findFirst()
                .orElseThrow(() -> new NotFoundException("No GL account " + glCode));
        boolean debitNature = account.type() == GlAccount.Type.ASSET || account.type() == GlAccount.Type.EXPENSE;
        Object[] before = (Object[]) em.createNativeQuery("""
                SELECT COALESCE(SUM(l.debit), 0), COALESCE(SUM(l.credit), 0)
                FROM journal_line l JOIN journal_entry e ON e.id = l.journal_entry_id
                WHERE l.gl_code = ?1 AND e.entry_date < ?2""").setParameter(1, glCode).setParameter(2, from).getSingleResult();
        Object[] during = (Object[]) em.createNativeQuery("""
                SELECT COALESCE(SUM(l.debit), 0), COALESCE(SUM(l.credit), 0)
                FROM journal_line l JOIN journal_entry e ON e.id = l.journal_entry_id
                WHERE l.gl_code = ?1 AND e.entry_date >= ?2 AND e.entry_date <= ?3""")
                .setParameter(1, glCode).setParameter(2, from).setParameter(3, to).getSingleResult();
        Money opening = nature(debitNature, money(before[0]), money(before[1]));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT e.entry_date, e.id, e.event_type, e.reference, e.narration, b.code, l.debit, l.credit
                FROM journal_line l
                JOIN journal_entry e ON e.id = l.journal_entry_id
                JOIN branch b ON b.id = l.branch_id
                WHERE l.gl_code = ?1 AND e.entry_date >= ?2 AND e.entry_date <= ?3
                ORDER BY e.entry_date, e.id, l.id""")
                .setParameter(1, glCode).setParameter(2, from).setParameter(3, to)
                .setMaxResults(GlStatement.MAX_LINES + 1).getResultList();
        List<GlStatement.Line> lines = new ArrayList<>();
        Money running = opening;
        for (Object[] r : rows.subList(0, Math.min(rows.size(), GlStatement.MAX_LINES))) {
            Money debit = money(r[6]);
            Money credit = money(r[7]);
            running = running.plus(nature(debitNature, debit, credit));
            lines.add(new GlStatement.Line(date(r[0]), id(r[1]), EventType.valueOf((String) r[2]), (String) r[3],
                    (String) r[4], (String) r[5], debit, credit, running));
        }
        Money debits = money(during[0]);
        Money credits = money(during[1]);
        return new GlStatement(account, from, to, opening, List.copyOf(lines), debits, credits,
                opening.plus(nature(debitNature, debits, credits)), rows.size() > GlStatement.MAX_LINES);
    }

    private static Money nature(boolean debitNature, Money debit, Money credit) {
        return debitNature ? debit.minus(credit) : credit.minus(debit);
    }

    /**
     * Disbursed loans by days past due of the oldest instalment still owing something (due before {@code asOf}):
     * current (none), 1–30, 31–60, 61–90, more than 90 (NPA). One aggregate query; the band limits are dates.
     */
    public AgeingReport loanAgeing(LocalDate asOf, Actor actor) {
        actor.requireStaff(JournalQueries.READERS);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT x.band, COUNT(*), COALESCE(SUM(x.outstanding), 0)
                FROM (SELECT CASE WHEN o.oldest IS NULL THEN 0
                                  WHEN o.oldest >= ?2 THEN 1
                                  WHEN o.oldest >= ?3 THEN 2
                                  WHEN o.oldest >= ?4 THEN 3
                                  ELSE 4 END AS band,
                             n.outstanding_principal AS outstanding
                      FROM loan n
                      LEFT JOIN (SELECT i.loan_id, MIN(i.due_date) AS oldest FROM loan_installment i
                                 WHERE i.due_date < ?1 AND i.status NOT IN ('PAID', 'WAIVED', 'CANCELLED')
                                 GROUP BY i.loan_id) o ON o.loan_id = n.id
                      WHERE n.status = 'DISBURSED') x
                GROUP BY x.band""")
                .setParameter(1, asOf).setParameter(2, asOf.minusDays(30)).setParameter(3, asOf.minusDays(60))
                .setParameter(4, asOf.minusDays(90)).getResultList();
        Map<AgeingReport.Band, AgeingReport.Bucket> byBand = new EnumMap<>(AgeingReport.Band.class);
        for (Object[] r : rows) {
            AgeingReport.Band band = AgeingReport.Band.values()[((Number) r[0]).intValue()];
            byBand.put(band, new AgeingReport.Bucket(band, SqlRows.count(r[1]), money(r[2])));
        }
        List<AgeingReport.Bucket> buckets = new ArrayList<>();
        for (AgeingReport.Band band : AgeingReport.Band.values()) {
            buckets.add(byBand.getOrDefault(band, new AgeingReport.Bucket(band, 0, Money.ZERO)));
        }
        return new AgeingReport(asOf, List.copyOf(buckets));
    }
}
