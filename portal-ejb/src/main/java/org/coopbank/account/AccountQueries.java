package org.coopbank.account;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

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

    public List<TransactionRow> recentForCustomer(long customerId, int max) {
        return em.createQuery("""
                        SELECT new org.coopbank.account.TransactionRow(t.id, t.txnDate, t.type, t.direction, t.amount,
                               t.balanceAfter, t.narration, t.account.accountNumber, t.journalEntry.id)
                        FROM AccountTransaction t WHERE t.account.customer.id = :c ORDER BY t.id DESC""",
                        TransactionRow.class)
                .setParameter("c", customerId).setMaxResults(max).getResultList();
    }
}
