package org.coopbank.account;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coopbank.ledger.EventType;
import org.coopbank.shared.Actor;
import org.coopbank.shared.Money;
import org.coopbank.shared.Validation;
import org.coopbank.staff.StaffRole;

/** Read models of accounts and their transactions for screens and APIs (callers check who may see them). */
@Stateless
public class AccountQueries {

    private static final String ROW = """
            SELECT new org.coopbank.account.AccountRow(a.id, a.accountNumber, a.type, a.status, a.balance, a.openedOn,
                   a.customer.id, a.customer.fullName)
            FROM BankAccount a""";

    @PersistenceContext
    EntityManager em;

    public List<AccountRow> forCustomer(long customerId) {
        return em.createQuery(ROW + " WHERE a.customer.id = :c ORDER BY a.id", AccountRow.class)
                .setParameter("c", customerId).getResultList();
    }

    public Optional<AccountRow> byNumber(String accountNumber) {
        return em.createQuery(ROW + " WHERE a.accountNumber = :n", AccountRow.class)
                .setParameter("n", accountNumber).getResultStream().findFirst();
    }

    /**
     * The customer's latest transactions over all their accounts, newest business date first: the latest {@code max}
     * of each account (a short walk backwards along {@code ix_account_txn_account (account_id, txn_date, id)}), merged.
     * One query over all accounts had to sort every transaction of a busy account (150 ms at 10,000 of them).
     */
    public List<TransactionRow> recentForCustomer(long customerId, int max) {
        List<Long> accountIds = em.createQuery("SELECT a.id FROM BankAccount a WHERE a.customer.id = :c", Long.class)
                .setParameter("c", customerId).getResultList();
        List<TransactionRow> rows = new ArrayList<>();
        for (Long accountId : accountIds) {
            rows.addAll(em.createQuery("""
                            SELECT new org.coopbank.account.TransactionRow(t.id, t.txnDate, t.type, t.direction, t.amount,
                                   t.balanceAfter, t.narration, t.account.accountNumber, t.journalEntry.id)
                            FROM AccountTransaction t WHERE t.account.id = :a ORDER BY t.txnDate DESC, t.id DESC""",
                            TransactionRow.class)
                    .setParameter("a", accountId).setMaxResults(max).getResultList());
        }
        rows.sort(Comparator.comparing(TransactionRow::txnDate).thenComparing(TransactionRow::id).reversed());
        return List.copyOf(rows.subList(0, Math.min(max, rows.size())));
    }

    /**
     * Pending reversal requests for the manager's queue, newest first, each with the original entry's customer
     * account lines: two queries (requests with their entries, then the lines of those entries), no per-row query.
     */
    public List<ReversalRow> pendingReversals(int max, Actor actor) {
        actor.requireStaff(StaffRole.MANAGER);
        Validation.range(max, "max", 1, 500);
        List<Object[]> requests = em.createQuery("""
                        SELECT r.id, e.id, e.entryDate, e.eventType, e.narration, r.reason, r.requestedBy, r.requestedAt
                        FROM ReversalRequest r, JournalEntry e
                        WHERE e.id = r.journalEntryId AND r.status = :s ORDER BY r.id DESC""", Object[].class)
                .setParameter("s", ReversalRequest.Status.PENDING).setMaxResults(max).getResultList();
        if (requests.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ReversalRow.Line>> lines = new LinkedHashMap<>();
        List<Long> entries = requests.stream().map(r -> (Long) r[1]).toList();
        for (Object[] t : em.createQuery("""
                        SELECT t.journalEntry.id, a.accountNumber, c.fullName, t.direction, t.amount
                        FROM AccountTransaction t JOIN t.account a JOIN a.customer c
                        WHERE t.journalEntry.id IN :e ORDER BY t.id""", Object[].class)
                .setParameter("e", entries).getResultList()) {
            lines.computeIfAbsent((Long) t[0], k -> new ArrayList<>()).add(new ReversalRow.Line((String) t[1],
                    (String) t[2], (AccountTransaction.Direction) t[3], (Money) t[4]));
        }
        return requests.stream().map(r -> new ReversalRow((Long) r[0], (Long) r[1], (LocalDate) r[2],
                (EventType) r[3], (String) r[4], (String) r[5], (String) r[6], (Instant) r[7],
                List.copyOf(lines.getOrDefault((Long) r[1], List.of())))).toList();
    }

    private static final String WITHDRAWAL_ROW = """
            SELECT new org.coopbank.account.WithdrawalRow(w.id, a.id, a.accountNumber, c.fullName, c.customerNumber,
                   w.amount, a.balance, w.narration, w.status, w.requestedBy, w.requestedAt, w.decidedBy, w.decidedAt,
                   w.reason, w.journalEntryId)
            FROM WithdrawalRequest w JOIN w.account a JOIN a.customer c""";

    /** Withdrawals waiting for a manager's approval, oldest first, with each account's balance now. */
    public List<WithdrawalRow> pendingWithdrawals(int max, Actor actor) {
        actor.requireStaff(StaffRole.MANAGER);
        Validation.range(max, "max", 1, 500);
        return em.createQuery(WITHDRAWAL_ROW + " WHERE w.status = :s ORDER BY w.id", WithdrawalRow.class)
                .setParameter("s", WithdrawalRequest.Status.PENDING).setMaxResults(max).getResultList();
    }

    /** The signed-in cashier's own withdrawal requests, newest first, with their status and decision. */
    public List<WithdrawalRow> myWithdrawals(int max, Actor actor) {
        actor.requireStaff(StaffRole.CASHIER);
        Validation.range(max, "max", 1, 500);
        return em.createQuery(WITHDRAWAL_ROW + " WHERE w.requestedBy = :me ORDER BY w.id DESC", WithdrawalRow.class)
                .setParameter("me", actor.toString()).setMaxResults(max).getResultList();
    }

    /**
     * Reversal requests for the accountant's list: the actor's own (any status) and every pending one, newest first,
     * each with the amount of the entry it would undo (a second query for the amounts, no per-row query).
     */
    public List<ReversalRequestRow> reversalRequests(int max, Actor actor) {
        actor.requireStaff(StaffRole.ACCOUNTANT, StaffRole.MANAGER);
        Validation.range(max, "max", 1, 500);
        List<Object[]> requests = em.createQuery("""
                        SELECT r.id, e.id, e.entryDate, e.eventType, r.reason, r.status, r.requestedBy, r.requestedAt,
                               r.decidedBy, r.decidedAt, r.decisionNote, r.reversalEntryId
                        FROM ReversalRequest r, JournalEntry e
                        WHERE e.id = r.journalEntryId AND (r.requestedBy = :me OR r.status = :s)
                        ORDER BY r.id DESC""", Object[].class)
                .setParameter("me", actor.toString()).setParameter("s", ReversalRequest.Status.PENDING)
                .setMaxResults(max).getResultList();
        if (requests.isEmpty()) {
            return List.of();
        }
        Map<Long, Money> amounts = new LinkedHashMap<>();
        for (Object[] t : em.createQuery("""
                        SELECT t.journalEntry.id, t.amount FROM AccountTransaction t
                        WHERE t.journalEntry.id IN :e ORDER BY t.id""", Object[].class)
                .setParameter("e", requests.stream().map(r -> (Long) r[1]).distinct().toList()).getResultList()) {
            amounts.putIfAbsent((Long) t[0], (Money) t[1]);
        }
        return requests.stream().map(r -> new ReversalRequestRow((Long) r[0], (Long) r[1], (LocalDate) r[2],
                (EventType) r[3], amounts.getOrDefault((Long) r[1], Money.ZERO), (String) r[4],
                (ReversalRequest.Status) r[5], (String) r[6], (Instant) r[7], (String) r[8], (Instant) r[9],
                (String) r[10], (Long) r[11])).toList();
    }
}
