package org.coopbank.statement;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coopbank.shared.AccountNumbers;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.InputGuard;
import org.coopbank.shared.Money;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.ValidationFailedException;
import org.coopbank.staff.StaffRole;

/**
 * Account statements: the PDF for a period and the staff check of a printed one. Reads only, and holds no
 * transaction while the PDF goes out: the lines come in keyset pages of {@value StatementLines#PAGE} rows, each page
 * its own short query, bounded by the last line the summary counted, so a line posted meanwhile can neither appear
 * in the table nor be missing from the totals.
 */
@Stateless
@Interceptors(InputGuard.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StatementService {

    /** The longest period one statement covers: one year (e.g. 1 April to 31 March). */
    public static final int MAX_YEARS = 1;

    /** Staff who may download any account's statement and check a printed one. */
    static final StaffRole[] STAFF = {StaffRole.CLERK, StaffRole.MANAGER, StaffRole.ACCOUNTANT};

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    StatementKey key;

    /**
     * What the statement of {@code accountId} for {@code from}..{@code to} (inclusive business dates) will say, without
     * its lines: refusals come from here, before a byte is written. The account must be the customer actor's own, or
     * the actor staff (clerk, manager, accountant); anything else is "not found", exactly as a missing account. The
     * period must not be reversed, must end at the latest on the business date and be at most one year long.
     */
    public StatementSummary summary(Actor actor, long accountId, LocalDate from, LocalDate to) {
        return plan(actor, accountId, from, to).summary();
    }

    /** Writes the statement PDF to {@code out} (see {@link #summary}); the stream is left open. */
    public void write(Actor actor, long accountId, LocalDate from, LocalDate to, OutputStream out) throws IOException {
        Plan p = plan(actor, accountId, from, to);
        StatementLines lines = new StatementLines(em, accountId, from, p.lastDate(), p.lastId(), p.summary().count());
        StatementPdf.Written w = StatementPdf.write(p.summary(), clock.now(), lines, out);
        if (w.count() != p.summary().count() || !w.closing().equals(p.summary().closing())
                || !w.debits().equals(p.summary().totalDebits()) || !w.credits().equals(p.summary().totalCredits())) {
            throw new IllegalStateException("Statement of " + p.summary().maskedAccount() + " wrote " + w
                    + " but its summary said " + p.summary());
        }
    }

    /**
     * Checks a printed statement: {@code account} as printed (XXXX1234) or in full, the period, the closing balance
     * and the code printed on it. Genuine only if this bank's key made that code for exactly these values; any change
     * (another balance, a day more, another code) answers "does not match", and says no more. The code is compared
     * in constant time. Staff only (clerk, manager, accountant).
     */
    public StatementCheck verify(Actor actor, String account, LocalDate from, LocalDate to, BigDecimal closingBalance,
                                 String code) {
        actor.requireStaff(STAFF);
        if (to.isBefore(from)) {
            throw new ValidationFailedException("to", "must not be before the start of the period");
        }
        Money closing = Money.of(closingBalance);
        if (closingBalance.stripTrailingZeros().scale() > Money.SCALE) {
            throw new ValidationFailedException("closingBalance", "has more than two decimals");
        }
        if (VerificationCode.normalise(code).isEmpty()) {
            throw new ValidationFailedException("code", "must look like CBV-XXXX-XXXX-XXXX");
        }
        VerificationCode codes = key.codes();
        for (Object[] a : candidates(account)) {
            String number = (String) a[1];
            if (codes.matches(code, number, from, to, closing)) {
                Money books = lastBalanceOnOrBefore((Long) a[0], to).orElse(Money.ZERO);
                return new StatementCheck(true, number, (String) a[2], books);
            }
        }
        return StatementCheck.noMatch();
    }

    /** The accounts a typed account could be: the one with that full number, or every one ending in the four digits. */
    private List<Object[]> candidates(String account) {
        String typed = account.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        String select = "SELECT a.id, a.accountNumber, a.customer.fullName FROM BankAccount a WHERE ";
        if (typed.matches("\\d{12,20}")) {
            return em.createQuery(select + "a.accountNumber = :n", Object[].class).setParameter("n", typed).getResultList();
        }
        if (typed.matches("(X{2,}|\\*{2,})?\\d{4}")) {
            return em.createQuery(select + "a.accountNumber LIKE :n ORDER BY a.id", Object[].class)
                    .setParameter("n", "%" + typed.substring(typed.length() - 4)).getResultList();
        }
        throw new ValidationFailedException("account", "must be the account number as printed (XXXX1234) or in full");
    }

    private Plan plan(Actor actor, long accountId, LocalDate from, LocalDate to) {
        Object[] a = em.createQuery("""
                        SELECT a.accountNumber, a.type, c.id, c.fullName, c.customerNumber, b.code, b.name
                        FROM BankAccount a JOIN a.customer c JOIN a.branch b WHERE a.id = :id""", Object[].class)
                .setParameter("id", accountId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Not found"));
        actor.requireSelfOrStaff((Long) a[2], STAFF);
        validatePeriod(from, to);
        String number = (String) a[0];
        Money opening = lastBalanceBefore(accountId, from).orElse(Money.ZERO);
        List<Object[]> last = em.createQuery("""
                        SELECT t.txnDate, t.id, t.balanceAfter FROM AccountTransaction t
                        WHERE t.account.id = :a AND t.txnDate >= :from AND t.txnDate <= :to
                        ORDER BY t.txnDate DESC, t.id DESC""", Object[].class)
                .setParameter("a", accountId).setParameter("from", from).setParameter("to", to)
                .setMaxResults(1).getResultList();
        LocalDate lastDate = last.isEmpty() ? from : (LocalDate) last.get(0)[0];
        long lastId = last.isEmpty() ? Long.MIN_VALUE : (Long) last.get(0)[1];
        Money closing = last.isEmpty() ? opening : (Money) last.get(0)[2];
        long count = 0;
        Money debits = Money.ZERO;
        Money credits = Money.ZERO;
        if (!last.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> totals = em.createNativeQuery("""
                            SELECT direction, COUNT(*), COALESCE(SUM(amount), 0) FROM account_transaction
                            WHERE account_id = ?1 AND txn_date >= ?2
                              AND (txn_date < ?3 OR (txn_date = ?3 AND id <= ?4))
                            GROUP BY direction""")
                    .setParameter(1, accountId).setParameter(2, from).setParameter(3, lastDate).setParameter(4, lastId)
                    .getResultList();
            for (Object[] t : totals) {
                long n = ((Number) t[1]).longValue();
                Money sum = Money.of(new BigDecimal(t[2].toString()));
                count += n;
                if ("CREDIT".equals(t[0])) {
                    credits = sum;
                } else {
                    debits = sum;
                }
            }
        }
        if (!opening.plus(credits).minus(debits).equals(closing)) {
            throw new IllegalStateException("The subledger of account " + AccountNumbers.mask(number) + " does not add up for "
                    + from + ".." + to + ": the statement is not issued");
        }
        String code = key.codes().of(number, from, to, closing);
        StatementSummary s = new StatementSummary(accountId, AccountNumbers.mask(number), a[1].toString(), (String) a[3],
                (String) a[4], a[5] + " " + a[6], from, to, opening, debits, credits, count, closing, code);
        return new Plan(s, lastDate, lastId);
    }

    private void validatePeriod(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new ValidationFailedException("to", "must not be before the start of the period");
        }
        LocalDate today = clock.today();
        if (to.isAfter(today)) {
            throw new ValidationFailedException("to", "must not be after the business date " + today);
        }
        if (!to.isBefore(from.plusYears(MAX_YEARS))) {
            throw new ValidationFailedException("to", "a statement covers at most one year");
        }
    }

    private Optional<Money> lastBalanceBefore(long accountId, LocalDate day) {
        return em.createQuery("""
                        SELECT t.balanceAfter FROM AccountTransaction t WHERE t.account.id = :a AND t.txnDate < :d
                        ORDER BY t.txnDate DESC, t.id DESC""", Money.class)
                .setParameter("a", accountId).setParameter("d", day).setMaxResults(1).getResultStream().findFirst();
    }

    private Optional<Money> lastBalanceOnOrBefore(long accountId, LocalDate day) {
        return lastBalanceBefore(accountId, day.plusDays(1));
    }

    /** The summary and where its lines end (the last line counted), so the stream writes exactly those. */
    private record Plan(StatementSummary summary, LocalDate lastDate, long lastId) {
    }
}
