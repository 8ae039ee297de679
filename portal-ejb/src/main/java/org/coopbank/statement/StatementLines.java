package org.coopbank.statement;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The lines of a statement, oldest first ({@code txn_date, id}, the order of index {@code ix_account_txn_account}),
 * fetched in keyset pages of {@value #PAGE}: each page is one short query starting after the last line of the page
 * before, so only one page is ever in memory and no cursor or transaction stays open while the PDF is written.
 * Lines after {@code (lastDate, lastId)}, the last one the summary counted, are left out.
 */
final class StatementLines implements Iterator<StatementLine> {

    static final int PAGE = 500;

    private final EntityManager em;
    private final long accountId;
    private final LocalDate lastDate;
    private final long lastId;
    private long remaining;
    private LocalDate afterDate;
    private long afterId = Long.MIN_VALUE;
    private Iterator<StatementLine> page = List.<StatementLine>of().iterator();

    StatementLines(EntityManager em, long accountId, LocalDate from, LocalDate lastDate, long lastId, long count) {
        this.em = em;
        this.accountId = accountId;
        this.afterDate = from;
        this.lastDate = lastDate;
        this.lastId = lastId;
        this.remaining = count;
    }

    @Override
    public boolean hasNext() {
        if (!page.hasNext() && remaining > 0) {
            List<StatementLine> rows = em.createQuery("""
                            SELECT new org.coopbank.statement.StatementLine(t.id, t.txnDate, t.narration, t.direction,
                                   t.amount, t.balanceAfter, t.journalEntry.id)
                            FROM AccountTransaction t
                            WHERE t.account.id = :a
                              AND (t.txnDate > :afterDate OR (t.txnDate = :afterDate AND t.id > :afterId))
                              AND (t.txnDate < :lastDate OR (t.txnDate = :lastDate AND t.id <= :lastId))
                            ORDER BY t.txnDate, t.id""", StatementLine.class)
                    .setParameter("a", accountId).setParameter("afterDate", afterDate).setParameter("afterId", afterId)
                    .setParameter("lastDate", lastDate).setParameter("lastId", lastId)
                    .setMaxResults(PAGE).getResultList();
            if (rows.isEmpty()) {
                throw new IllegalStateException("Statement lines ended " + remaining + " lines early");
            }
            StatementLine end = rows.get(rows.size() - 1);
            afterDate = end.txnDate();
            afterId = end.id();
            page = rows.iterator();
        }
        return page.hasNext();
    }

    @Override
    public StatementLine next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        remaining--;
        return page.next();
    }
}
