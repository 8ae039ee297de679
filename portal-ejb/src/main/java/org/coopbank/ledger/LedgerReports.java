package org.coopbank.ledger;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coopbank.shared.Money;

/**
 * Read side of the ledger: trial balance and the integrity check. Aggregates run in the database (plain SQL,
 * portable between H2 and PostgreSQL) so they stay fast on millions of lines.
 */
@Stateless
public class LedgerReports {

    @PersistenceContext
    EntityManager em;

    public TrialBalance trialBalance(LocalDate asOf) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT g.code, g.name, g.gl_type, COALESCE(SUM(l.debit), 0), COALESCE(SUM(l.credit), 0)
                FROM gl_account g
                LEFT JOIN (SELECT jl.gl_code, jl.debit, jl.credit FROM journal_line jl
                           JOIN journal_entry je ON je.id = jl.journal_entry_id WHERE je.entry_date <= ?1) l
                       ON l.gl_code = g.code
                GROUP BY g.code, g.name, g.gl_type
                ORDER BY g.code""").setParameter(1, asOf).getResultList();
        List<TrialBalance.Row> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new TrialBalance.Row((String) r[0], (String) r[1], GlAccount.Type.valueOf((String) r[2]),
                    money(r[3]), money(r[4])));
        }
        return new TrialBalance(asOf, out);
    }

    /** Balance of every GL account over all time, signed debit minus credit. */
    public Map<String, Money> glDebitMinusCredit() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT gl_code, SUM(debit) - SUM(credit) FROM journal_line GROUP BY gl_code").getResultList();
        Map<String, Money> out = new HashMap<>();
        for (Object[] r : rows) {
            out.put((String) r[0], money(r[1]));
        }
        return out;
    }

    public IntegrityReport check() {
        List<String> problems = new ArrayList<>();
        long entries = count("SELECT COUNT(*) FROM journal_entry");

        long unbalanced = count("""
                SELECT COUNT(*) FROM (SELECT journal_entry_id FROM journal_line GROUP BY journal_entry_id
                                      HAVING SUM(debit) <> SUM(credit) OR COUNT(*) < 2) x""");
        if (unbalanced > 0) {
            problems.add(unbalanced + " journal entries do not balance");
        }
        long empty = count("""
                SELECT COUNT(*) FROM journal_entry e
                WHERE NOT EXISTS (SELECT 1 FROM journal_line l WHERE l.journal_entry_id = e.id)""");
        if (empty > 0) {
            problems.add(empty + " journal entries have no lines");
        }

        Map<String, Money> gl = glDebitMinusCredit();
        control(problems, gl, GlCode.SAVINGS_DEPOSITS, true,
                "SELECT COALESCE(SUM(balance), 0) FROM bank_account WHERE account_type = 'SAVINGS'");
        control(problems, gl, GlCode.CURRENT_DEPOSITS, true,
                "SELECT COALESCE(SUM(balance), 0) FROM bank_account WHERE account_type = 'CURRENT'");
        control(problems, gl, GlCode.LOANS_RECEIVABLE, false,
                "SELECT COALESCE(SUM(outstanding_principal), 0) FROM loan WHERE status IN ('DISBURSED', 'CLOSED')");
        control(problems, gl, GlCode.PENALTY_RECEIVABLE, false,
                "SELECT COALESCE(SUM(penalty_due - penalty_paid), 0) FROM loan_installment");
        control(problems, gl, GlCode.FIXED_DEPOSITS, true,
                "SELECT COALESCE(SUM(principal), 0) FROM fixed_deposit WHERE status = 'ACTIVE'");

        long drift = count("""
                SELECT COUNT(*) FROM bank_account a
                LEFT JOIN (SELECT account_id,
                                  SUM(CASE WHEN direction = 'CREDIT' THEN amount ELSE -amount END) AS net
                           FROM account_transaction GROUP BY account_id) t ON t.account_id = a.id
                WHERE a.balance <> COALESCE(t.net, 0)""");
        if (drift > 0) {
            problems.add(drift + " accounts whose balance differs from the sum of their transactions");
        }
        long loanDrift = count("""
                SELECT COUNT(*) FROM loan n
                WHERE n.status = 'DISBURSED' AND n.outstanding_principal <>
                      (SELECT COALESCE(SUM(i.principal_due - i.principal_paid), 0) FROM loan_installment i WHERE i.loan_id = n.id)""");
        if (loanDrift > 0) {
            problems.add(loanDrift + " loans whose outstanding principal differs from their schedule");
        }
        long negative = count("SELECT COUNT(*) FROM bank_account WHERE balance < 0");
        if (negative > 0) {
            problems.add(negative + " customer accounts have a negative balance");
        }
        Money total = gl.values().stream().reduce(Money.ZERO, Money::plus);
        if (!total.isZero()) {
            problems.add("trial balance is off by " + total);
        }
        return new IntegrityReport(entries, List.copyOf(problems));
    }

    private void control(List<String> problems, Map<String, Money> gl, GlCode code, boolean creditNature, String subledgerSql) {
        Money glDebitMinusCredit = gl.getOrDefault(code.code(), Money.ZERO);
        Money glBalance = creditNature ? glDebitMinusCredit.negate() : glDebitMinusCredit;
        Money sub = money(em.createNativeQuery(subledgerSql).getSingleResult());
        if (!glBalance.equals(sub)) {
            problems.add("GL " + code.code() + " (" + code + ") is " + glBalance + " but its subledger sums to " + sub);
        }
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private static Money money(Object o) {
        if (o == null) {
            return Money.ZERO;
        }
        return o instanceof BigDecimal bd ? Money.of(bd) : Money.of(new BigDecimal(o.toString()));
    }
}
