package org.coopbank.selfservice;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.coopbank.account.BankAccount;
import org.coopbank.customer.Customer;
import org.coopbank.customer.CustomerService;
import org.coopbank.deposit.DepositService;
import org.coopbank.deposit.FdStatus;
import org.coopbank.deposit.FixedDeposit;
import org.coopbank.loan.InstallmentStatus;
import org.coopbank.loan.Loan;
import org.coopbank.loan.LoanInstallment;
import org.coopbank.loan.LoanService;
import org.coopbank.loan.LoanStatus;
import org.coopbank.loan.PrepaymentPreview;
import org.coopbank.settings.SettingsService;
import org.coopbank.shared.AccessDeniedException;
import org.coopbank.shared.AccountNumbers;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.InputGuard;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.Money;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.Nullable;
import org.coopbank.shared.Validation;
import org.coopbank.shared.ValidationFailedException;
import org.coopbank.standing.LastRun;
import org.coopbank.standing.StandingInstruction;
import org.coopbank.standing.StandingInstructionService;

/**
 * The signed-in customer's bank, for the portal pages and the {@code /api/portal} resources alike. Every method takes
 * the {@link Actor} and reads only what belongs to {@code actor.customerId()}: the id of someone else's account, loan
 * or FD answers {@link NotFoundException}, exactly as an id that does not exist. Staff and system actors are refused.
 */
@Stateless
@Interceptors(InputGuard.class)
public class SelfService {

    /** FDs maturing within this many days show on the dashboard. */
    static final int MATURING_SOON_DAYS = 30;
    /** Unread alerts shown on the dashboard. */
    static final int LATEST_UNREAD = 3;
    /** The longest period a history filter or a statement may cover. */
    public static final int MAX_PERIOD_DAYS = 366;


    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    SettingsService settings;

    @Inject
    LoanService loanService;

    @Inject
    DepositService depositService;

    @Inject
    CustomerService customerService;

    @Inject
    StandingInstructionService instructions;

    public MyDashboard dashboard(Actor me) {
        long c = customerOf(me);
        Customer customer = em.find(Customer.class, c);
        if (customer == null) {
            throw new NotFoundException("Customer not found");
        }
        List<MyAccount> accounts = accounts(me);
        Money total = accounts.stream().map(MyAccount::balance).reduce(Money.ZERO, Money::plus);
        List<MyLoan> loans = loans(me).stream().filter(l -> l.status() == LoanStatus.DISBURSED
                || l.status() == LoanStatus.APPROVED || l.status() == LoanStatus.APPLIED).toList();
        LocalDate today = clock.today();
        List<MyDeposit> maturing = deposits(me).stream()
                .filter(d -> d.status() == FdStatus.ACTIVE && !d.maturityDate().isAfter(today.plusDays(MATURING_SOON_DAYS)))
                .toList();
        List<MyTransaction> recent = new ArrayList<>();
        for (MyAccount a : accounts) {
            recent.addAll(latest(a.id(), 5));
        }
        recent.sort(Comparator.comparing(MyTransaction::date).thenComparing(MyTransaction::id).reversed());
        List<MyAlert> latestUnread = em.createQuery("""
                        SELECT new org.coopbank.selfservice.MyAlert(n.id, n.createdAt, n.subject, n.body, FALSE)
                        FROM Notification n WHERE n.customer.id = :c AND n.readAt IS NULL ORDER BY n.id DESC""",
                        MyAlert.class)
                .setParameter("c", c).setMaxResults(LATEST_UNREAD).getResultList();
        // fewer than a full list: that is all of them, no count needed (most customers have read their alerts)
        long unread = latestUnread.size() < LATEST_UNREAD ? latestUnread.size() : em.createQuery(
                        "SELECT COUNT(n) FROM Notification n WHERE n.customer.id = :c AND n.readAt IS NULL", Long.class)
                .setParameter("c", c).getSingleResult();
        return new MyDashboard(customer.fullName(), accounts, total, loans, maturing,
                recent.subList(0, Math.min(5, recent.size())), unread, latestUnread.stream().map(this::masked).toList());
    }

    public List<MyAccount> accounts(Actor me) {
        // a projection, not entities: nothing for the persistence context to keep or dirty-check at commit
        return em.createQuery("""
                        SELECT new org.coopbank.selfservice.MyAccount(a.id, a.accountNumber, a.type, a.status, a.balance,
                               a.openedOn)
                        FROM BankAccount a WHERE a.customer.id = :c ORDER BY a.id""", MyAccount.class)
                .setParameter("c", customerOf(me)).getResultList().stream().map(SelfService::masked).toList();
    }

    public MyAccount account(Actor me, long accountId) {
        return toMine(ownAccount(me, accountId));
    }

    /**
     * The account's history, newest first, from {@code from} to {@code to} (both included; either may be empty),
     * {@code max} rows (1 to 100) from row {@code first}, each with the balance after it.
     */
    public MyPage<MyTransaction> history(Actor me, long accountId, @Nullable LocalDate from, @Nullable LocalDate to,
                                         int first, int max) {
        long a = ownAccountId(me, accountId);
        Validation.range(first, "first", 0, 10_000_000);
        Validation.range(max, "max", 1, 100);
        LocalDate start = from == null ? LocalDate.of(1900, 1, 1) : from;
        LocalDate end = to == null ? LocalDate.of(9999, 12, 31) : to;
        if (start.isAfter(end)) {
            throw new ValidationFailedException("from", "must not be after the end date");
        }
        long total = em.createQuery("""
                        SELECT COUNT(t) FROM AccountTransaction t
                        WHERE t.account.id = :a AND t.txnDate BETWEEN :f AND :t""", Long.class)
                .setParameter("a", a).setParameter("f", start).setParameter("t", end).getSingleResult();
        List<MyTransaction> rows = em.createQuery("""
                        SELECT new org.coopbank.selfservice.MyTransaction(t.id, t.txnDate, t.type, t.direction, t.amount,
                               t.balanceAfter, t.narration, t.account.accountNumber)
                        FROM AccountTransaction t
                        WHERE t.account.id = :a AND t.txnDate BETWEEN :f AND :t
                        ORDER BY t.txnDate DESC, t.id DESC""", MyTransaction.class)
                .setParameter("a", a).setParameter("f", start).setParameter("t", end)
                .setFirstResult(first).setMaxResults(max).getResultList();
        return new MyPage<>(rows.stream().map(SelfService::masked).toList(), total, first, max);
    }

    public List<MyLoan> loans(Actor me) {
        List<Loan> loans = em.createQuery("SELECT l FROM Loan l WHERE l.customer.id = :c ORDER BY l.id", Loan.class)
                .setParameter("c", customerOf(me)).getResultList();
        return loans.stream().map(this::toMine).toList();
    }

    public MyLoanDetail loan(Actor me, long loanId) {
        Loan l = ownLoan(me, loanId);
        LocalDate today = clock.today();
        int grace = settings.graceDays();
        List<MyInstallment> schedule = l.installments().stream()
                .sorted(Comparator.comparingInt(LoanInstallment::seqNo))
                .map(i -> toMine(i, today, grace)).toList();
        return new MyLoanDetail(toMine(l), schedule);
    }

    /** What a prepayment of {@code amount} today would do, both ways (lower EMI or shorter tenure); nothing is posted. */
    public PrepaymentPreview prepaymentWhatIf(Actor me, long loanId, BigDecimal amount) {
        Loan l = ownLoan(me, loanId);
        if (l.status() != LoanStatus.DISBURSED) {
            throw new InvalidStateException("Only a running loan can be prepaid");
        }
        return loanService.previewPrepayment(l.id(), amount, me);
    }

    public List<MyDeposit> deposits(Actor me) {
        List<FixedDeposit> fds = em.createQuery(
                        "SELECT f FROM FixedDeposit f WHERE f.customer.id = :c ORDER BY f.maturityDate, f.id", FixedDeposit.class)
                .setParameter("c", customerOf(me)).getResultList();
        LocalDate today = clock.today();
        return fds.stream().map(f -> toMine(f, today)).toList();
    }

    public MyProfile profile(Actor me) {
        Customer c = customerService.get(customerOf(me));
        return new MyProfile(c.customerNumber(), c.fullName(), c.mobile(), c.email(), c.address(), c.alternatePhone(),
                c.nomineeName(), c.nomineeRelation(), c.branch().name());
    }

    /** Changes e-mail, address, alternate phone and nominee (validated and audited by the customer service). */
    public MyProfile updateProfile(Actor me, @Nullable String email, String address, @Nullable String alternatePhone,
                                   @Nullable String nomineeName, @Nullable String nomineeRelation) {
        customerOf(me);
        customerService.updateOwnProfile(email, address, alternatePhone, nomineeName, nomineeRelation, me);
        return profile(me);
    }

    /** The customer's alerts, newest first. */
    public MyPage<MyAlert> alerts(Actor me, int first, int max) {
        long c = customerOf(me);
        Validation.range(first, "first", 0, 10_000_000);
        Validation.range(max, "max", 1, 100);
        long total = em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.customer.id = :c", Long.class)
                .setParameter("c", c).getSingleResult();
        List<MyAlert> rows = em.createQuery("""
                        SELECT new org.coopbank.selfservice.MyAlert(n.id, n.createdAt, n.subject, n.body,
                               CASE WHEN n.readAt IS NULL THEN FALSE ELSE TRUE END)
                        FROM Notification n WHERE n.customer.id = :c ORDER BY n.id DESC""", MyAlert.class)
                .setParameter("c", c).setFirstResult(first).setMaxResults(max).getResultList();
        return new MyPage<>(rows.stream().map(this::masked).toList(), total, first, max);
    }

    /** Marks every unread alert of the customer read (the alerts page does it once shown); returns how many. */
    public int markAlertsRead(Actor me) {
        return em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.customer.id = :c AND n.readAt IS NULL")
                .setParameter("now", clock.now()).setParameter("c", customerOf(me)).executeUpdate();
    }

    /**
     * The customer's standing instructions (set up by a clerk or by the customer), active ones first, then paused, newest first: what each pays, from
     * which account (masked), the next date and the nightly job's last outcome.
     */
    public List<MyStandingInstruction> standingInstructions(Actor me) {
        LocalDate today = clock.today();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT s.id, s.si_kind, f.account_number, l.id, l.loan_number, t.account_number, s.amount,
                               s.frequency, s.next_date, s.status,
                               (SELECT MIN(i.due_date) FROM loan_installment i WHERE i.loan_id = s.loan_id
                                  AND i.due_date >= ?2 AND i.status NOT IN ('PAID', 'WAIVED', 'CANCELLED')),
                               d.business_date, d.outcome
                        FROM standing_instruction s JOIN bank_account f ON f.id = s.from_account_id
                        LEFT JOIN loan l ON l.id = s.loan_id LEFT JOIN bank_account t ON t.id = s.to_account_id
                        LEFT JOIN batch_item_done d ON d.job_name = 'standing-instructions'
                             AND d.item_key = 'si:' || CAST(s.id AS VARCHAR(20))
                             AND d.business_date = (SELECT MAX(d2.business_date) FROM batch_item_done d2
                                                    WHERE d2.job_name = d.job_name AND d2.item_key = d.item_key)
                        WHERE s.customer_id = ?1
                        ORDER BY CASE s.status WHEN 'ACTIVE' THEN 0 WHEN 'PAUSED' THEN 1 ELSE 2 END, s.id DESC""")
                .setParameter(1, customerOf(me)).setParameter(2, today).getResultList();
        return rows.stream().map(r -> {
            boolean active = "ACTIVE".equals(r[9]);
            boolean emi = "EMI".equals(r[1]);
            LocalDate next = !active ? null : emi ? date(r[10]) : date(r[8]);
            LocalDate ranOn = date(r[11]);
            return new MyStandingInstruction(((Number) r[0]).longValue(), (String) r[1], AccountNumbers.mask((String) r[2]),
                    r[3] == null ? null : ((Number) r[3]).longValue(), (String) r[4],
                    r[5] == null ? null : AccountNumbers.mask((String) r[5]),
                    r[6] == null ? null : Money.of(new BigDecimal(r[6].toString())), (String) r[7], next, (String) r[9],
                    ranOn == null ? null : LastRun.of(ranOn, (String) r[12]));
        }).toList();
    }

    /** One of the customer's standing instructions, as listed; someone else's id: not found. */
    public MyStandingInstruction standingInstruction(Actor me, long id) {
        return standingInstructions(me).stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("Standing instruction not found"));
    }

    /**
     * Cancels one of the customer's own standing instructions, active or paused (the core's {@code stop}, audited as
     * the customer); from then on the nightly job leaves it alone. Someone else's id: not found; one already cancelled:
     * refused, nothing changed. The row is locked first, so two cancels (or a cancel and the job) never both act.
     */
    public MyStandingInstruction cancelStandingInstruction(Actor me, long id) {
        if (ownInstruction(me, id).status() == StandingInstruction.Status.STOPPED) {
            throw new InvalidStateException("This standing instruction is already cancelled: nothing was changed");
        }
        instructions.stop(id, me);
        em.flush();
        return standingInstruction(me, id);
    }

    /**
     * Pauses one of the customer's own active standing instructions (the core's {@code pause}, audited as the
     * customer): nothing is paid under it until it is resumed. Someone else's id: not found; not active: refused.
     */
    public MyStandingInstruction pauseStandingInstruction(Actor me, long id) {
        StandingInstruction si = ownInstruction(me, id);
        if (!si.isActive()) {
            throw new InvalidStateException(si.isPaused() ? "This standing instruction is already paused: nothing was changed"
                    : "This standing instruction is cancelled: nothing was changed");
        }
        instructions.pause(id, me);
        em.flush();
        return standingInstruction(me, id);
    }

    /**
     * Resumes one of the customer's own paused standing instructions (the core's {@code resume}, audited as the
     * customer): a transfer goes on from its first date on or after today, the dates passed while paused are skipped.
     * Someone else's id: not found; not paused: refused.
     */
    public MyStandingInstruction resumeStandingInstruction(Actor me, long id) {
        StandingInstruction si = ownInstruction(me, id);
        if (!si.isPaused()) {
            throw new InvalidStateException(si.isActive() ? "This standing instruction is not paused: nothing was changed"
                    : "This standing instruction is cancelled: nothing was changed");
        }
        instructions.resume(id, me);
        em.flush();
        return standingInstruction(me, id);
    }

    /** One of the customer's own instructions, its row locked; someone else's (or none): not found. */
    private StandingInstruction ownInstruction(Actor me, long id) {
        StandingInstruction si = em.find(StandingInstruction.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (si == null || si.customerId() != customerOf(me)) {
            throw new NotFoundException("Standing instruction not found");
        }
        return si;
    }

    /** The customer's running loans that have no EMI auto-debit yet, active or paused (what "set up an EMI auto-debit" offers). */
    public List<MyLoan> loansWithoutAutoDebit(Actor me) {
        List<Long> covered = em.createQuery("""
                        SELECT s.loanId FROM StandingInstruction s
                        WHERE s.customerId = :c AND s.loanId IS NOT NULL AND s.status <> :s""", Long.class)
                .setParameter("c", customerOf(me)).setParameter("s", StandingInstruction.Status.STOPPED).getResultList();
        return loans(me).stream().filter(l -> l.status() == LoanStatus.DISBURSED && !covered.contains(l.id())).toList();
    }

    /**
     * An EMI auto-debit of one of the customer's own running loans, from the loan's own account (the core's
     * {@code createEmi}: one active per loan, audited as the customer). Someone else's loan: not found.
     */
    public MyStandingInstruction setUpEmiAutoDebit(Actor me, long loanId) {
        Loan l = ownLoan(me, loanId);
        return standingInstruction(me, flushed(instructions.createEmi(l.id(), me)));
    }

    /**
     * A recurring transfer between two of the customer's own accounts (the core's {@code createTransfer}: amount within
     * the limit, first date today or later, both accounts active, audited as the customer). Someone else's account:
     * not found.
     */
    public MyStandingInstruction setUpTransfer(Actor me, Long fromAccountId, Long toAccountId, BigDecimal amount,
                                               StandingInstruction.Frequency frequency, LocalDate firstDate) {
        BankAccount from = ownAccount(me, fromAccountId);
        BankAccount to = ownAccount(me, toAccountId);
        return standingInstruction(me, flushed(instructions.createTransfer(from.id(), to.id(), amount, frequency,
                firstDate, me)));
    }

    private long flushed(StandingInstruction si) {
        em.flush();
        return si.id();
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    /** The customer's account {@code accountId}, for services that act on it (statements); someone else's: not found. */
    public BankAccount ownAccount(Actor me, long accountId) {
        // the owner is part of the query (one statement, and the customer row is never loaded just to compare ids)
        return em.createQuery("SELECT a FROM BankAccount a WHERE a.id = :id AND a.customer.id = :c", BankAccount.class)
                .setParameter("id", accountId).setParameter("c", customerOf(me)).getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Account not found"));
    }

    /** The id of the customer's account {@code accountId}, checked in one query; someone else's: not found. */
    private long ownAccountId(Actor me, long accountId) {
        List<Long> ids = em.createQuery("SELECT a.id FROM BankAccount a WHERE a.id = :id AND a.customer.id = :c", Long.class)
                .setParameter("id", accountId).setParameter("c", customerOf(me)).getResultList();
        if (ids.isEmpty()) {
            throw new NotFoundException("Account not found");
        }
        return ids.get(0);
    }

    private Loan ownLoan(Actor me, long loanId) {
        return em.createQuery("SELECT l FROM Loan l WHERE l.id = :id AND l.customer.id = :c", Loan.class)
                .setParameter("id", loanId).setParameter("c", customerOf(me)).getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Loan not found"));
    }

    private static long customerOf(Actor me) {
        if (me == null || !me.isCustomer()) {
            throw new AccessDeniedException("The portal serves customers only");
        }
        return me.customerId();
    }

    private List<MyTransaction> latest(long accountId, int max) {
        return em.createQuery("""
                        SELECT new org.coopbank.selfservice.MyTransaction(t.id, t.txnDate, t.type, t.direction, t.amount,
                               t.balanceAfter, t.narration, t.account.accountNumber)
                        FROM AccountTransaction t WHERE t.account.id = :a ORDER BY t.txnDate DESC, t.id DESC""",
                        MyTransaction.class)
                .setParameter("a", accountId).setMaxResults(max).getResultList()
                .stream().map(SelfService::masked).toList();
    }

    private MyLoan toMine(Loan l) {
        LocalDate today = clock.today();
        int grace = settings.graceDays();
        LocalDate nextDate = null;
        Money nextAmount = null;
        Money overdue = Money.ZERO;
        Money penalty = Money.ZERO;
        int overdueCount = 0;
        List<LoanInstallment> sorted = l.installments().stream()
                .sorted(Comparator.comparingInt(LoanInstallment::seqNo)).toList();
        for (LoanInstallment i : sorted) {
            penalty = penalty.plus(i.penaltyDue());
            Money left = outstanding(i);
            if (!left.isPositive() || i.status() == InstallmentStatus.CANCELLED || i.status() == InstallmentStatus.WAIVED) {
                continue;
            }
            if (isOverdue(i, today, grace)) {
                overdue = overdue.plus(left);
                overdueCount++;
            } else if (nextDate == null) {
                nextDate = i.dueDate();
                nextAmount = left;
            }
        }
        return new MyLoan(l.id(), l.loanNumber(), l.status(), l.principal(), l.outstandingPrincipal(), l.emiAmount(),
                l.annualRate(), l.tenureMonths(), l.disbursedOn(), nextDate, nextAmount, overdue, overdueCount, penalty,
                AccountNumbers.mask(l.account().accountNumber()));
    }

    private static MyInstallment toMine(LoanInstallment i, LocalDate today, int grace) {
        Money total = i.principalDue().plus(i.interestDue()).plus(i.penaltyDue());
        Money paid = i.principalPaid().plus(i.interestPaid()).plus(i.penaltyPaid());
        Money left = total.minus(paid);
        MyInstallment.State state;
        if (i.status() == InstallmentStatus.CANCELLED) {
            state = MyInstallment.State.CANCELLED;
        } else if (i.status() == InstallmentStatus.WAIVED) {
            state = MyInstallment.State.WAIVED;
        } else if (!left.isPositive()) {
            state = MyInstallment.State.PAID;
        } else if (isOverdue(i, today, grace)) {
            state = MyInstallment.State.OVERDUE;
        } else if (paid.isPositive()) {
            state = MyInstallment.State.PART_PAID;
        } else if (!i.dueDate().isAfter(today.plusMonths(1))) {
            state = MyInstallment.State.DUE;
        } else {
            state = MyInstallment.State.UPCOMING;
        }
        return new MyInstallment(i.seqNo(), i.dueDate(), i.principalDue(), i.interestDue(), i.penaltyDue(), total, paid,
                left.max(Money.ZERO), state);
    }

    private static boolean isOverdue(LoanInstallment i, LocalDate today, int grace) {
        return i.status() == InstallmentStatus.OVERDUE || today.isAfter(i.dueDate().plusDays(grace));
    }

    private static Money outstanding(LoanInstallment i) {
        return i.principalDue().plus(i.interestDue()).plus(i.penaltyDue())
                .minus(i.principalPaid()).minus(i.interestPaid()).minus(i.penaltyPaid());
    }

    private MyDeposit toMine(FixedDeposit f, LocalDate today) {
        Money closure = f.status() == FdStatus.ACTIVE && today.isBefore(f.maturityDate())
                ? depositService.prematurePayout(f) : null;
        long days = Math.max(0, ChronoUnit.DAYS.between(today, f.maturityDate()));
        return new MyDeposit(f.id(), f.fdNumber(), f.status(), f.principal(), f.annualRate(), f.openedOn(),
                f.maturityDate(), f.maturityAmount(), closure, AccountNumbers.mask(f.linkedAccount().accountNumber()), days);
    }

    private static MyAccount toMine(BankAccount a) {
        return new MyAccount(a.id(), a.maskedNumber(), a.type(), a.status(), a.balance(), a.openedOn());
    }

    private static MyAccount masked(MyAccount a) {
        return new MyAccount(a.id(), AccountNumbers.mask(a.maskedNumber()), a.type(), a.status(), a.balance(), a.openedOn());
    }

    private static MyTransaction masked(MyTransaction t) {
        return new MyTransaction(t.id(), t.date(), t.type(), t.direction(), t.amount(), t.balanceAfter(),
                mask(t.narration()), AccountNumbers.mask(t.maskedAccount()));
    }

    private MyAlert masked(MyAlert a) {
        return new MyAlert(a.id(), a.createdAt(), mask(a.subject()), mask(a.body()), a.read());
    }

    /**
     * Any free-standing run of 8 or more digits (an account number, a card-like number) becomes XXXX + its last four;
     * the customer's own loan and FD numbers (letters first, e.g. LN0010000052) stay as they are.
     */
    static String mask(String text) {
        return AccountNumbers.maskInText(text);
    }
}
