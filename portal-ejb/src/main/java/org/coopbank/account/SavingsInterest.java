package org.coopbank.account;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coopbank.audit.AuditService;
import org.coopbank.ledger.EventType;
import org.coopbank.ledger.GlCode;
import org.coopbank.ledger.JournalEntry;
import org.coopbank.ledger.LedgerService;
import org.coopbank.ledger.Posting;
import org.coopbank.settings.SettingsService;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.Money;
import org.coopbank.staff.StaffRole;

/**
 * Quarterly savings interest ({@code savings.interest-rate}, % p.a.) on the daily closing balance
 * ({@link DailyBalanceInterest}), computed from the account's subledger and posted as one balanced entry: debit 5000
 * savings interest expense, credit 2000 savings deposits (the account's branch), under the account's row lock.
 */
@Stateless
public class SavingsInterest {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    LedgerService ledger;

    @Inject
    AuditService audit;

    @Inject
    SettingsService settings;

    @Inject
    BusinessClock clock;

    /** Active savings accounts opened by the quarter's end, ids above {@code afterId} in order (the job's pages). */
    public List<Long> accountIds(LocalDate quarterEnd, long afterId, int limit) {
        return em.createQuery("SELECT a.id FROM BankAccount a WHERE a.type = :t AND a.status = :s AND a.openedOn <= :d"
                        + " AND a.id > :after ORDER BY a.id", Long.class)
                .setParameter("t", AccountType.SAVINGS).setParameter("s", AccountStatus.ACTIVE)
                .setParameter("d", quarterEnd).setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    public long countAccounts(LocalDate quarterEnd, long afterId) {
        return em.createQuery("SELECT COUNT(a) FROM BankAccount a WHERE a.type = :t AND a.status = :s"
                        + " AND a.openedOn <= :d AND a.id > :after", Long.class)
                .setParameter("t", AccountType.SAVINGS).setParameter("s", AccountStatus.ACTIVE)
                .setParameter("d", quarterEnd).setParameter("after", afterId).getSingleResult();
    }

    /** The quarter's interest on the account, as it stands now (nothing is posted). */
    public Money interestFor(long accountId, LocalDate quarterEnd) {
        LocalDate from = DailyBalanceInterest.quarterStart(quarterEnd);
        Object sum = em.createNativeQuery("SELECT COALESCE(SUM(CASE WHEN direction = 'CREDIT' THEN amount ELSE -amount END), 0)"
                        + " FROM account_transaction WHERE account_id = ? AND txn_date < ?")
                .setParameter(1, accountId).setParameter(2, from).getSingleResult();
        BigDecimal opening = new BigDecimal(sum.toString());
        Map<LocalDate, BigDecimal> moves = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT txn_date, SUM(CASE WHEN direction = 'CREDIT' THEN amount"
                        + " ELSE -amount END) FROM account_transaction WHERE account_id = ? AND txn_date BETWEEN ? AND ?"
                        + " GROUP BY txn_date")
                .setParameter(1, accountId).setParameter(2, from).setParameter(3, quarterEnd).getResultList();
        for (Object[] r : rows) {
            LocalDate d = r[0] instanceof java.sql.Date sd ? sd.toLocalDate() : (LocalDate) r[0];
            moves.put(d, new BigDecimal(r[1].toString()));
        }
        return DailyBalanceInterest.interest(opening, moves, from, quarterEnd, settings.savingsRate());
    }

    /**
     * Posts the quarter's interest to the account (inside the caller's transaction, which keeps the once-per-quarter
     * key); returns what was credited, zero when there was nothing to credit.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Money post(long accountId, LocalDate quarterEnd, Actor actor) {
        actor.requireStaffOrSystem(StaffRole.ACCOUNTANT);
        if (!DailyBalanceInterest.isQuarterEnd(quarterEnd)) {
            throw new InvalidStateException(quarterEnd + " is not a quarter end: savings interest is posted quarterly");
        }
        BankAccount a = accounts.lock(accountId);
        if (a.type() != AccountType.SAVINGS) {
            throw new InvalidStateException("Account " + a.maskedNumber() + " is not a savings account");
        }
        Money interest = interestFor(accountId, quarterEnd);
        if (!interest.isPositive()) {
            return Money.ZERO;
        }
        String quarter = DailyBalanceInterest.quarterName(quarterEnd);
        String text = "Savings interest " + quarter;
        Money before = a.balance();
        JournalEntry e = ledger.post(Posting.of(EventType.SAVINGS_INTEREST, a.branch(), text + " " + a.maskedNumber())
                .debit(GlCode.SAVINGS_INTEREST_EXPENSE, interest)
                .credit(a.type().controlAccount(), a.branch(), interest)
                .reference("SI-" + quarter + "-" + a.id()).touching(a.id()), actor);
        AccountTransaction t = accounts.record(a.credit(interest, TxnType.INTEREST_CREDIT, text, e));
        audit.record(actor, "account.savings-interest", "BankAccount", a.id(), Map.of("balance", before.toString()),
                Map.of("balance", t.balanceAfter().toString(), "interest", interest.toString(), "quarter", quarter,
                        "rate", settings.savingsRate().toPlainString()));
        return interest;
    }
}
