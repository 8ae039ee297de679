package org.coopbank.ledger;

import static org.coopbank.ledger.SqlRows.date;
import static org.coopbank.ledger.SqlRows.id;
import static org.coopbank.ledger.SqlRows.instant;
import static org.coopbank.ledger.SqlRows.money;

import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coopbank.account.TransactionRow;
import org.coopbank.shared.Actor;
import org.coopbank.shared.InputGuard;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.Nullable;
import org.coopbank.shared.Validation;
import org.coopbank.staff.StaffRole;

/**
 * The accountant's journal: entries filtered (date range, event type, reference), sorted and paged in the database,
 * and the drill-down of one entry to its lines and to the customer account transactions it explains. Portable SQL
 * (H2 and PostgreSQL); read by accountants and managers.
 */
@Stateless
@Interceptors(InputGuard.class)
public class JournalQueries {

    static final StaffRole[] READERS = {StaffRole.ACCOUNTANT, StaffRole.MANAGER};

    /** Sortable columns: what a page may ask for, mapped to SQL (never concatenated from input). */
    private static final Map<String, String> SORTS = Map.of("id", "e.id", "entryDate", "e.entry_date",
            "eventType", "e.event_type", "reference", "e.reference", "branchCode", "b.code", "postedBy", "e.posted_by");

    /**
     * The filters that are set, and only those, as SQL with their parameters: a filter left empty is no condition at
     * all, so the database plans each combination on its own (with a type, a walk of (event_type, entry_date, id);
     * with dates only, of (entry_date, id)) instead of one plan with "(? = '' OR ...)" for every case.
     */
    private record Filter(String where, List<Object> params) {

        static Filter of(LocalDate from, LocalDate to, EventType eventType, String reference) {
            String ref = Validation.text(reference, "reference", 64, false);
            StringBuilder w = new StringBuilder(" WHERE 1 = 1");
            List<Object> params = new ArrayList<>();
            if (from != null) {
                params.add(from);
                w.append(" AND e.entry_date >= ?").append(params.size());
            }
            if (to != null) {
                params.add(to);
                w.append(" AND e.entry_date <= ?").append(params.size());
            }
            if (eventType != null) {
                params.add(eventType.name());
                w.append(" AND e.event_type = ?").append(params.size());
            }
            if (ref != null) {
                params.add("%" + escapeLike(ref.toLowerCase(Locale.ROOT)) + "%");
                w.append(" AND LOWER(e.reference) LIKE ?").append(params.size()).append(" ESCAPE '!'");
            }
            return new Filter(w.toString(), List.copyOf(params));
        }

        Query bind(Query q) {
            for (int i = 0; i < params.size(); i++) {
                q.setParameter(i + 1, params.get(i));
            }
            return q;
        }

        int next() {
            return params.size() + 1;
        }
    }

    @PersistenceContext
    EntityManager em;

    public List<JournalEntryRow> search(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable EventType eventType,
                                        @Nullable String reference, int first, int max, @Nullable String sortField,
                                        boolean ascending, Actor actor) {
        actor.requireStaff(READERS);
        Validation.range(first, "first", 0, Integer.MAX_VALUE);
        Validation.range(max, "max", 1, 500);
        String order = SORTS.get(sortField == null ? "" : sortField);
        String dir = ascending ? " ASC" : " DESC";
        String orderBy = order == null ? " ORDER BY e.entry_date DESC, e.id DESC" : " ORDER BY " + order + dir + ", e.id" + dir;
        // The page's ids first (an index-only walk of (entry_date, id) for the default order, V13), then the rows and
        // their amounts for those ids only: a deep page no longer sums the lines of every entry it skips.
        Filter f = Filter.of(from, to, eventType, reference);
        String page = "SELECT e.id FROM journal_entry e" + ("b.code".equals(order) ? " JOIN branch b ON b.id = e.branch_id" : "")
                + f.where() + orderBy + " OFFSET ?" + f.next() + " ROWS FETCH NEXT ?" + (f.next() + 1) + " ROWS ONLY";
        Query q = em.createNativeQuery("""
                SELECT e.id, e.entry_date, e.posted_at, e.event_type, e.reference, e.narration, b.code, e.posted_by,
                       e.reversal_of_id, (SELECT SUM(l.debit) FROM journal_line l WHERE l.journal_entry_id = e.id)
                FROM (""" + page + ") p JOIN journal_entry e ON e.id = p.id JOIN branch b ON b.id = e.branch_id" + orderBy);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = f.bind(q).setParameter(f.next(), first).setParameter(f.next() + 1, max).getResultList();
        return rows.stream().map(JournalQueries::entryRow).toList();
    }

    public long count(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable EventType eventType,
                      @Nullable String reference, Actor actor) {
        actor.requireStaff(READERS);
        Filter f = Filter.of(from, to, eventType, reference);
        return SqlRows.count(f.bind(em.createNativeQuery("SELECT COUNT(*) FROM journal_entry e" + f.where())).getSingleResult());
    }

    public JournalEntryRow entry(long entryId, Actor actor) {
        actor.requireStaff(READERS);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT e.id, e.entry_date, e.posted_at, e.event_type, e.reference, e.narration, b.code, e.posted_by,
                       e.reversal_of_id, (SELECT SUM(l.debit) FROM journal_line l WHERE l.journal_entry_id = e.id)
                FROM journal_entry e JOIN branch b ON b.id = e.branch_id WHERE e.id = ?1""")
                .setParameter(1, entryId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("No journal entry " + entryId);
        }
        return entryRow(rows.get(0));
    }

    /** The entry's lines in posting order: GL code and name, branch, debit, credit. */
    public List<JournalLineRow> lines(long entryId, Actor actor) {
        actor.requireStaff(READERS);
        return linesWhere("l.journal_entry_id = ?1", entryId);
    }

    /** The customer account transactions (subledger lines) the entry explains. */
    public List<TransactionRow> transactions(long entryId, Actor actor) {
        actor.requireStaff(READERS);
        return em.createQuery("""
                        SELECT new org.coopbank.account.TransactionRow(t.id, t.txnDate, t.type, t.direction, t.amount,
                               t.balanceAfter, t.narration, t.account.accountNumber, t.journalEntry.id)
                        FROM AccountTransaction t WHERE t.journalEntry.id = :e ORDER BY t.id""", TransactionRow.class)
                .setParameter("e", entryId).getResultList();
    }

    /** Every line of every entry of one business date, entry by entry (the day book). */
    public DayBook dayBook(LocalDate date, Actor actor) {
        actor.requireStaff(READERS);
        return new DayBook(date, linesWhere("e.entry_date = ?1", date));
    }

    private List<JournalLineRow> linesWhere(String condition, Object param) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT e.id, e.entry_date, e.event_type, e.reference, g.code, g.name, b.code, l.debit, l.credit
                FROM journal_line l
                JOIN journal_entry e ON e.id = l.journal_entry_id
                JOIN gl_account g ON g.code = l.gl_code
                JOIN branch b ON b.id = l.branch_id
                WHERE """ + " " + condition + " ORDER BY e.id, l.id").setParameter(1, param).getResultList();
        return rows.stream().map(r -> new JournalLineRow(id(r[0]), date(r[1]), EventType.valueOf((String) r[2]),
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], money(r[7]), money(r[8]))).toList();
    }

    private static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static JournalEntryRow entryRow(Object[] r) {
        return new JournalEntryRow(id(r[0]), date(r[1]), instant(r[2]), EventType.valueOf((String) r[3]), (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], id(r[8]), money(r[9]));
    }
}
