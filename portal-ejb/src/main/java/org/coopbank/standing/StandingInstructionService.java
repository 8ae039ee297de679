package org.coopbank.standing;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.coopbank.account.AccountService;
import org.coopbank.account.BankAccount;
import org.coopbank.account.AccountStatus;
import org.coopbank.audit.AuditService;
import org.coopbank.customer.Customer;
import org.coopbank.customer.CustomerStatus;
import org.coopbank.loan.Loan;
import org.coopbank.loan.LoanService;
import org.coopbank.loan.LoanStatus;
import org.coopbank.loan.RepaymentChannel;
import org.coopbank.settings.SettingsService;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.DuplicateException;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.Money;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.Validation;
import org.coopbank.shared.ValidationFailedException;
import org.coopbank.staff.StaffRole;

/**
 * Standing instructions: set up and stopped by a clerk (or the customer), carried out by the nightly
 * {@code standing-instructions} job through the core's own paths: an EMI through {@code LoanService.repay} from the
 * loan's linked account (only what the balance allows; the rest stays due), a transfer through
 * {@code AccountService.transfer} on the customer's own mandate. A shortfall is told to the customer after commit.
 */
@Stateless
public class StandingInstructionService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final int MAX_CATCH_UP = 400;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    LoanService loans;

    @Inject
    AuditService audit;

    @Inject
    SettingsService settings;

    @Inject
    BusinessClock clock;

    @Inject
    Event<StandingInstructionFailed> failed;

    /** EMI auto-debit of a disbursed loan from its linked account, one active per loan. */
    public StandingInstruction createEmi(long loanId, Actor actor) {
        Loan loan = loans.get(loanId);
        requireClerkOrSelf(actor, loan.customer().id());
        if (loan.status() != LoanStatus.DISBURSED) {
            throw new InvalidStateException("Loan " + loan.loanNumber() + " is " + loan.status()
                    + ": an EMI auto-debit is set up on a disbursed loan");
        }
        BankAccount a = accounts.lock(loan.account().id()); // serialises set-ups for the loan's account
        a.requireActive();
        long live = em.createQuery("SELECT COUNT(s) FROM StandingInstruction s WHERE s.loanId = :l AND s.status <> :s",
                Long.class).setParameter("l", loanId).setParameter("s", StandingInstruction.Status.STOPPED).getSingleResult();
        if (live > 0) {
            throw new DuplicateException("Loan " + loan.loanNumber() + " already has an EMI auto-debit (active or paused)");
        }
        StandingInstruction si = StandingInstruction.emi(loan.customer().id(), loanId, a.id(), actor.name(), clock.now());
        em.persist(si);
        audit.record(actor, "standing-instruction.create", "StandingInstruction", si.id(), null,
                Map.of("kind", "EMI", "loan", loan.loanNumber(), "account", a.maskedNumber()));
        return si;
    }

    /** A recurring transfer between two accounts of the same customer, first on {@code firstDate} (today or later). */
    public StandingInstruction createTransfer(long fromAccountId, long toAccountId, BigDecimal amount,
                                              StandingInstruction.Frequency frequency, LocalDate firstDate, Actor actor) {
        if (fromAccountId == toAccountId) {
            throw new ValidationFailedException("toAccount", "must differ from the source account");
        }
        Money m = Validation.amount(amount, "amount", settings.maxTransaction());
        if (frequency == null) {
            throw new ValidationFailedException("frequency", "is required");
        }
        if (firstDate == null || firstDate.isBefore(clock.today())) {
            throw new ValidationFailedException("firstDate", "must be today or later");
        }
        BankAccount from = accounts.get(fromAccountId);
        BankAccount to = accounts.get(toAccountId);
        requireClerkOrSelf(actor, from.customer().id());
        if (!from.customer().id().equals(to.customer().id())) {
            throw new ValidationFailedException("toAccount", "must be an account of the same customer");
        }
        from.requireActive();
        to.requireActive();
        StandingInstruction si = StandingInstruction.transfer(from.customer().id(), fromAccountId, toAccountId, m,
                frequency, firstDate, actor.name(), clock.now());
        em.persist(si);
        audit.record(actor, "standing-instruction.create", "StandingInstruction", si.id(), null,
                Map.of("kind", "TRANSFER", "from", from.maskedNumber(), "to", to.maskedNumber(), "amount", m.toString(),
                        "frequency", frequency.name(), "firstDate", firstDate.toString()));
        return si;
    }

    /** Ends an active or paused instruction for good (audited); one already stopped: refused, nothing changed. */
    public StandingInstruction stop(long id, Actor actor) {
        StandingInstruction si = lock(id); // waits for a nightly run carrying it out, which then sees it stopped
        requireClerkOrSelf(actor, si.customerId());
        String was = si.status().name();
        si.stop(actor.name(), clock.now());
        audit.record(actor, "standing-instruction.stop", "StandingInstruction", id, Map.of("status", was),
                Map.of("status", "STOPPED"));
        return si;
    }

    /**
     * Pauses an active instruction (audited): the nightly job leaves it alone until it is resumed. An EMI still falls
     * due and is paid by hand meanwhile. Paused or stopped already: refused, nothing changed.
     */
    public StandingInstruction pause(long id, Actor actor) {
        StandingInstruction si = lock(id); // a nightly run carrying it out finishes first, or sees it paused
        requireClerkOrSelf(actor, si.customerId());
        si.pause(actor.name(), clock.now());
        audit.record(actor, "standing-instruction.pause", "StandingInstruction", id, Map.of("status", "ACTIVE"),
                Map.of("status", "PAUSED"));
        return si;
    }

    /**
     * Resumes a paused instruction (audited). A transfer goes on from its first date on or after today: the dates that
     * passed while it was paused are skipped, not made up, and the audit says how many. Not paused: refused.
     */
    public StandingInstruction resume(long id, Actor actor) {
        StandingInstruction si = lock(id);
        requireClerkOrSelf(actor, si.customerId());
        int skipped = si.resume(clock.today());
        Map<String, Object> after = si.kind() == StandingInstruction.Kind.TRANSFER
                ? Map.of("status", "ACTIVE", "nextDate", si.nextDate().toString(), "skipped", skipped)
                : Map.of("status", "ACTIVE");
        audit.record(actor, "standing-instruction.resume", "StandingInstruction", id, Map.of("status", "PAUSED"), after);
        return si;
    }

    private StandingInstruction lock(long id) {
        StandingInstruction si = em.find(StandingInstruction.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (si == null) {
            throw new NotFoundException("Standing instruction " + id + " not found");
        }
        return si;
    }

    public StandingInstruction get(long id) {
        StandingInstruction si = em.find(StandingInstruction.class, id);
        if (si == null) {
            throw new NotFoundException("Standing instruction " + id + " not found");
        }
        return si;
    }

    public List<StandingInstruction> forCustomer(long customerId) {
        return em.createQuery("SELECT s FROM StandingInstruction s WHERE s.customerId = :c ORDER BY s.id",
                StandingInstruction.class).setParameter("c", customerId).getResultList();
    }

    /** The customer's instructions for staff screens, newest first (a clerk's view). */
    public List<StandingInstructionRow> rowsFor(long customerId, Actor actor) {
        actor.requireStaff(StaffRole.CLERK, StaffRole.MANAGER);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT s.id, s.si_kind, f.account_number, l.loan_number,"
                        + " t.account_number, s.amount, s.frequency, s.next_date, s.status, s.created_by"
                        + " FROM standing_instruction s JOIN bank_account f ON f.id = s.from_account_id"
                        + " LEFT JOIN loan l ON l.id = s.loan_id LEFT JOIN bank_account t ON t.id = s.to_account_id"
                        + " WHERE s.customer_id = ? ORDER BY s.id DESC")
                .setParameter(1, customerId).getResultList();
        return rows.stream().map(r -> new StandingInstructionRow(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], (String) r[3], (String) r[4], r[5] == null ? null : Money.of(new BigDecimal(r[5].toString())),
                (String) r[6], r[7] == null ? null : r[7] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[7],
                (String) r[8], (String) r[9])).toList();
    }

    /**
     * Active instructions with work on {@code date}, ids above {@code afterId}: EMI ones whose loan has an unpaid
     * instalment due that day, transfers whose next date has come.
     */
    public List<Long> dueIds(LocalDate date, long afterId, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT s.id" + DUE + " ORDER BY s.id")
                .setParameter(1, afterId).setParameter(2, date).setParameter(3, date)
                .setMaxResults(limit).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    public long countDue(LocalDate date, long afterId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*)" + DUE)
                .setParameter(1, afterId).setParameter(2, date).setParameter(3, date).getSingleResult()).longValue();
    }

    private static final String DUE = " FROM standing_instruction s WHERE s.status = 'ACTIVE' AND s.id > ?"
            + " AND ((s.si_kind = 'TRANSFER' AND s.next_date <= ?) OR (s.si_kind = 'EMI' AND EXISTS (SELECT 1"
            + " FROM loan_installment i JOIN loan l ON l.id = i.loan_id WHERE i.loan_id = s.loan_id"
            + " AND l.status = 'DISBURSED' AND i.due_date = ? AND i.status NOT IN ('PAID', 'WAIVED', 'CANCELLED'))))";

    /**
     * Carries out the instruction for the business date (the caller's transaction, as of that date); answers what
     * was done. Not for screens: the nightly job calls it with its item key.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String execute(long id, Actor actor) {
        actor.requireSystem();
        StandingInstruction si = lock(id); // a cancel at the same moment waits, or is seen: never a failed run
        if (!si.isActive()) {
            return si.isPaused() ? "paused" : "stopped";
        }
        return si.kind() == StandingInstruction.Kind.EMI ? payEmi(si) : transfers(si, actor);
    }

    private String payEmi(StandingInstruction si) {
        Loan loan = loans.get(si.loanId());
        if (loan.status() != LoanStatus.DISBURSED) {
            return "loan " + loan.status();
        }
        LocalDate today = clock.today();
        Actor system = Actor.system("standing-instructions");
        // what is due is read as the customer sees it (their mandate); the repayment itself is the system's
        Customer c = loan.customer();
        Money due = loans.dueToday(loan.id(), Actor.customer(c.customerNumber(), c.id())).overdue();
        if (!due.isPositive()) {
            return "nothing due";
        }
        BankAccount a = accounts.get(si.fromAccountId());
        Money available = debitable(a);
        Money pay = available.isGreaterThan(due) ? due : available;
        if (pay.isPositive()) {
            loans.repay(loan.id(), pay.amount(), RepaymentChannel.ACCOUNT, null, system);
        }
        if (pay.isLessThan(due)) {
            Money rest = due.minus(pay);
            failed.fire(new StandingInstructionFailed(si.customerId(), "si-" + si.id() + "-" + today,
                    "EMI auto-debit short: INR " + rest + " still due on loan " + loan.loanNumber(),
                    "The EMI auto-debit of your loan " + loan.loanNumber() + " from account " + a.maskedNumber() + " on "
                            + DATE.format(today) + " took INR " + pay + " of INR " + due + ": the balance did not allow more."
                            + " INR " + rest + " remains due; penal interest accrues on overdue amounts until they are paid."));
            return "paid " + pay + " of " + due;
        }
        return "paid " + pay;
    }

    private String transfers(StandingInstruction si, Actor actor) {
        LocalDate today = clock.today();
        Customer c = em.find(Customer.class, si.customerId());
        Actor mandate = Actor.customer(c.customerNumber(), c.id());
        int done = 0;
        int missed = 0;
        for (int n = 0; n < MAX_CATCH_UP && !si.nextDate().isAfter(today); n++) {
            LocalDate occurrence = si.nextDate();
            BankAccount first = accounts.lock(Math.min(si.fromAccountId(), si.toAccountId()));
            BankAccount second = accounts.lock(Math.max(si.fromAccountId(), si.toAccountId()));
            BankAccount from = first.id() == si.fromAccountId() ? first : second;
            BankAccount to = from == first ? second : first;
            String why = null;
            if (to.status() != AccountStatus.ACTIVE) {
                why = "account " + to.maskedNumber() + " is " + to.status();
            } else if (debitable(from).isLessThan(si.amount())) {
                why = "the balance of account " + from.maskedNumber() + " did not allow it";
            }
            if (why == null) {
                accounts.transfer(from.id(), to.id(), si.amount().amount(), "Standing instruction " + si.id(), mandate);
                done++;
            } else {
                missed++;
                failed.fire(new StandingInstructionFailed(si.customerId(), "si-" + si.id() + "-" + occurrence,
                        "Standing instruction not carried out: INR " + si.amount(),
                        "Your standing instruction to transfer INR " + si.amount() + " from " + from.maskedNumber()
                                + " to " + to.maskedNumber() + " due on " + DATE.format(occurrence)
                                + " was not carried out: " + why + ". The next transfer is tried on its own date."));
            }
            si.advance();
        }
        return "transfers " + done + (missed > 0 ? ", missed " + missed : "") + ", next " + si.nextDate();
    }

    /** What may be debited now: the balance of an active account of a customer not blocked, else nothing. */
    private static Money debitable(BankAccount a) {
        if (a.status() != AccountStatus.ACTIVE || a.customer().status() == CustomerStatus.BLOCKED) {
            return Money.ZERO;
        }
        return a.balance();
    }

    private static void requireClerkOrSelf(Actor actor, long customerId) {
        if (actor.isCustomer()) {
            actor.requireSelfOrStaff(customerId);
        } else {
            actor.requireStaff(StaffRole.CLERK);
        }
    }
}
