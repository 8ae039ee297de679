package org.coopbank.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Row counts a refused operation must leave unchanged. */
@Stateless
public class Books {

    public record Counts(long journalEntries, long journalLines, long accountTransactions, long loanRepayments,
                         long fixedDeposits, long auditRecords) {
    }

    @PersistenceContext
    EntityManager em;

    public Counts counts() {
        return new Counts(count("journal_entry"), count("journal_line"), count("account_transaction"),
                count("loan_repayment"), count("fixed_deposit"), count("audit_log"));
    }

    private long count(String table) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult()).longValue();
    }
}
