package org.coopbank.loan;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.coopbank.account.AccountService;
import org.coopbank.account.BankAccount;
import org.coopbank.account.TxnType;
import org.coopbank.audit.AuditService;
import org.coopbank.customer.Customer;
import org.coopbank.customer.CustomerService;
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
import org.coopbank.shared.InputGuard;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.Nullable;
import org.coopbank.shared.NumberSequences;
import org.coopbank.shared.Validation;
import org.coopbank.shared.ValidationFailedException;
import org.coopbank.staff.StaffRole;

@Stateless
@Interceptors(InputGuard.class)
public class LoanService {

    /** A loan application as entered by a clerk. */
    public record Application(@NotNull Long customerId,
                              @NotNull Long accountId,
                              @NotNull @DecimalMin(value = "1000.00", message = "must be at least 1000")
                              @DecimalMax(value = "10000000.00", message = "must be at most 1,00,00,000") BigDecimal principal,
                              @NotNull @DecimalMin(value = "0.00") @DecimalMax(value = "36.00") BigDecimal annualRate,
                              @Min(1) @Max(360) int tenureMonths,
                              @NotBlank @Size(max = 255) String purpose,
                              boolean floatingRate,
                              boolean payoutToExternal) {

        /** A fixed-rate loan's application, disbursed to its account here. */
        public Application(Long customerId, Long accountId, BigDecimal principal, BigDecimal annualRate,
                           int tenureMonths, String purpose) {
            this(customerId, accountId, principal, annualRate, tenureMonths, purpose, false, false);
        }

        /** An application disbursed to its account here, fixed or floating rate. */
        public Application(Long customerId, Long accountId, BigDecimal principal, BigDecimal annualRate,
                           int tenureMonths, String purpose, boolean floatingRate) {
            this(customerId, accountId, principal, annualRate, tenureMonths, purpose, floatingRate, false);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Validation validation;

    @Inject
    CustomerService customers;

    @Inject
    AccountService accounts;

    @Inject
    LedgerService ledger;

    @Inject
    SettingsService settings;

    @Inject
    AuditService audit;

    @Inject
    BusinessClock clock;

    @Inject
    NumberSequences numbers;

    /** EMI schedule a loan would have if disbursed today, for previews before submitting. */
    public List<EmiCalculator.Line> preview(BigDecimal principal, BigDecimal annualRate, int tenureMonths) {
        Money p = Validation.amount(principal, "principal", settings.maxLoan());
        BigDecimal rate = Validation.rate(annualRate, "annualRate", settings.maxRate());
        Validation.range(tenureMonths, "tenureMonths", 1, 360);
        return schedule(p, rate, tenureMonths, clock.today());
    }

    private static List<EmiCalculator.Line> schedule(Money p, BigDecimal rate, int months, LocalDate on) {
        try {
            return EmiCalculator.schedule(p, rate, months, on);
        } catch (EmiCalculator.LoanTooSmallException e) {
            throw new ValidationFailedException("principal", "is too small for the tenure: an instalment would be zero");
        }
    }

    public Loan apply(Application input, Actor actor) {
        actor.requireStaff(StaffRole.CLERK);
        validation.check(input);
        Money principal = Validation.amount(input.principal(), "principal", settings.maxLoan());
        BigDecimal rate = Validation.rate(input.annualRate(), "annualRate", settings.maxRate());
        schedule(principal, rate, input.tenureMonths(), clock.today());
        Customer c = customers.get(input.customerId());
        if (!c.status().canTransact()) {
            throw new InvalidStateException("Customer " + c.customerNumber() + " is " + c.status());
        }
        BankAccount a = accounts.get(input.accountId());
        if (!a.customer().id().equals(c.id())) {
            throw new ValidationFailedException("accountId", "must be an account of the applicant");
        }
        a.requireActive();
        Loan loan = new Loan(numbers.next(NumberSequences.LOAN), c, a, principal, rate, input.tenureMonths(),
                input.purpose().trim(), clock.today(), actor.toString(), input.floatingRate(), input.payoutToExternal());
        em.persist(loan);
        audit.record(actor, "loan.apply", "Loan", loan.id(), null, describe(loan));
        return loan;
    }

    /** A manager other than the clerk who entered the application (maker ≠ checker). */
    public Loan approve(long loanId, Actor actor) {
        actor.requireStaff(StaffRole.MANAGER);
        Loan loan = lock(loanId);
        actor.requireNotMaker(loan.appliedBy(), "loan application " + loan.loanNumber());
        Map<String, Object> before = describe(loan);
        loan.approve(actor.name(), clock.today());
        audit.record(actor, "loan.approve", "Loan", loan.id(), before, describe(loan));
        return loan;
    }

    public Loan reject(long loanId, String reason, Actor actor) {
        actor.requireStaff(StaffRole.MANAGER);
        String why = Validation.text(reason, "reason", 255, true);
        Loan loan = lock(loanId);
        Map<String, Object> before = describe(loan);
        loan.reject(actor.name(), clock.today(), why);
        audit.record(actor, "loan.reject", "Loan", loan.id(), before, describe(loan));
        return loan;
    }

    /**
     * Credits the principal to the customer's account (debit 1300, credit 20x0) and builds the EMI schedule. A loan to be
     * paid out elsewhere ({@link Loan#payoutToExternal()}) is disbursed only by the system (the loan-disbursement run).
     */
    public Loan disburse(long loanId, Actor actor) {
        actor.requireStaffOrSystem(StaffRole.MANAGER);
        Loan loan = lock(loanId);
        if (loan.payoutToExternal() && !actor.isSystem()) {
            throw new InvalidStateException("Loan " + loan.loanNumber() + " is to be paid out to the customer's bank account"
                    + " elsewhere: the loan-disbursement run pays it (hourly), or to its account if none is linked");
        }
        BankAccount a = accounts.lock(loan.account().id());
        a.requireActive();
        Map<String, Object> before = describe(loan);
        for (LoanInstallment i : loan.disburse(clock.today())) {
            em.persist(i);
        }
        Money p = loan.principal();
        JournalEntry e = ledger.post(Posting.of(EventType.LOAN_DISBURSEMENT, loan.branch(),
                        "Loan " + loan.loanNumber() + " disbursed to " + a.maskedNumber())
                .debit(GlCode.LOANS_RECEIVABLE, p).credit(a.type().controlAccount(), a.branch(), p)
                .reference(loan.loanNumber()).touching(a.id()), actor);
        accounts.record(a.credit(p, TxnType.LOAN_DISBURSEMENT, "Loan " + loan.loanNumber() + " disbursed", e));
        audit.record(actor, "loan.disburse", "Loan", loan.id(), before, describe(loan));
        return loan;
    }

    /**
     * Disburses an approved loan to the customer's bank account elsewhere (org.coopbank.payout): the schedule starts
     * today as for {@link #disburse}, and the principal moves to payout clearing in transit (debit 1300, credit 2200)
     * instead of the loan's account. Only the payout service calls this, inside its own transaction.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public JournalEntry disburseToPayout(long loanId, String payoutReference, Actor actor) {
        actor.requireSystem();
        Loan loan = lock(loanId);
        Map<String, Object> before = describe(loan);
        for (LoanInstallment i : loan.disburse(clock.today())) {
            em.persist(i);
        }
        Money p = loan.principal();
        JournalEntry e = ledger.post(Posting.of(EventType.LOAN_DISBURSEMENT, loan.branch(),
                        "Loan " + loan.loanNumber() + " disbursed by payout (" + payoutReference + ")")
                .debit(GlCode.LOANS_RECEIVABLE, p).credit(GlCode.PAYOUT_CLEARING, p).reference(loan.loanNumber()), actor);
        audit.record(actor, "loan.disburse-payout", "Loan", loan.id(), before, describe(loan));
        return e;
    }

    /**
     * Records a repayment, allocated oldest instalment first: penalty, then interest, then principal. Penal interest
     * is first brought up to today, so the result does not depend on whether the nightly job ran before.
     */
    public LoanRepayment repay(long loanId, BigDecimal amount, RepaymentChannel channel, @Nullable String reference,
                               Actor actor) {
        Money m = Validation.amount(amount, "amount", settings.maxTransaction());
        Loan loan = lockFor(loanId, channel, reference, actor);
        chargePenalty(loan, actor);
        BankAccount source = debitableSource(loan, channel, m);
        Allocation allocation = loan.applyRepayment(m, clock.today());
        return post(loan, allocation, channel, source, LoanRepayment.Kind.REGULAR, reference, actor);
    }

    /**
     * How a repayment of {@code amount} today would be allocated (penal interest first brought up to today, then
     * oldest instalment first: penalty, interest, principal), computed by the same code as {@link #repay} in a
     * transaction of its own that is always rolled back: nothing is posted or changed.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Allocation previewRepayment(long loanId, BigDecimal amount, Actor actor) {
        Money m = Validation.amount(amount, "amount", settings.maxTransaction());
        Loan loan = get(loanId);
        actor.requireSelfOrStaff(loan.customer().id(), StaffRole.values());
        LocalDate today = clock.today();
        int grace = settings.graceDays();
        BigDecimal penalRate = settings.penalRate();
        if (loan.status() == LoanStatus.DISBURSED) {
            loan.accruePenalties(today, grace, penalRate);
        }
        Allocation allocation = loan.applyRepayment(m, today);
        context.setRollbackOnly(); // what was computed on the entities is never written
        return allocation;
    }

    /** What may be paid today without a foreclosure, penal interest brought up to today; nothing is changed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Money payableToday(long loanId, Actor actor) {
        Loan loan = get(loanId);
        actor.requireSelfOrStaff(loan.customer().id(), StaffRole.values());
        LocalDate today = clock.today();
        if (loan.status() == LoanStatus.DISBURSED) {
            loan.accruePenalties(today, settings.graceDays(), settings.penalRate());
        }
        Money payable = loan.payableNow(today);
        context.setRollbackOnly(); // the penalty brought up to today is never written here
        return payable;
    }

    /** What is due on a loan today, penal interest brought up to today (as a repayment today would see it). */
    public record DueToday(Money next, Money overdue, Money payable) {
    }

    /**
     * The oldest unpaid instalment, everything due by today, and what may be paid today without a foreclosure, each with
     * penal interest brought up to today, so paying one of them settles it; nothing is changed.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public DueToday dueToday(long loanId, Actor actor) {
        Loan loan = get(loanId);
        actor.requireSelfOrStaff(loan.customer().id(), StaffRole.values());
        LocalDate today = clock.today();
        if (loan.status() == LoanStatus.DISBURSED) {
            loan.accruePenalties(today, settings.graceDays(), settings.penalRate());
        }
        Money next = loan.nextDue().map(LoanInstallment::outstanding).orElse(Money.ZERO);
        Money overdue = loan.installments().stream().filter(i -> !i.isSettled() && !i.dueDate().isAfter(today))
                .map(LoanInstallment::outstanding).reduce(Money.ZERO, Money::plus);
        Money payable = loan.payableNow(today);
        context.setRollbackOnly(); // the penalty brought up to today is never written here
        return new DueToday(next, overdue, payable);
    }

    /** Both options of a prepayment of {@code amount} today, without posting anything. */
    public PrepaymentPreview previewPrepayment(long loanId, BigDecimal amount, Actor actor) {
        Money m = Validation.amount(amount, "amount", settings.maxTransaction());
        Loan loan = get(loanId);
        actor.requireSelfOrStaff(loan.customer().id(), StaffRole.values());
        LocalDate today = clock.today();
        return new PrepaymentPreview(loan.planPrepayment(m, today, PrepaymentOption.REDUCE_EMI),
                loan.planPrepayment(m, today, PrepaymentOption.REDUCE_TENURE));
    }

    /**
     * A declared prepayment: the broken-period interest on the old balance since the last due date is taken first,
     * the rest reduces principal, and the remaining schedule is recomputed as {@code option} says. Refused while
     * anything is due today or for the whole principal (that is a foreclosure).
     */
    public LoanRepayment prepay(long loanId, BigDecimal amount, PrepaymentOption option, RepaymentChannel channel,
                                @Nullable String reference, Actor actor) {
        Money m = Validation.amount(amount, "amount", settings.maxTransaction());
        Loan loan = lockFor(loanId, channel, reference, actor);
        chargePenalty(loan, actor);
        PrepaymentPlan plan = loan.planPrepayment(m, clock.today(), option);
        BankAccount source = debitableSource(loan, channel, m);
        Allocation allocation = loan.prepay(plan);
        return post(loan, allocation, channel, source, LoanRepayment.Kind.PREPAYMENT, reference, actor);
    }

    /** What closing the loan today would cost (nothing is posted). */
    public ForeclosureQuote foreclosureQuote(long loanId, Actor actor) {
        Loan loan = get(loanId);
        actor.requireSelfOrStaff(loan.customer().id(), StaffRole.values());
        return loan.foreclosureQuote(clock.today(), settings.graceDays(), settings.penalRate(),
                settings.foreclosureCharge());
    }

    /**
     * Closes the loan today: penalty brought up to today, all amounts due, the principal not yet due with interest
     * on it since the last due date (actual days / 365), and the foreclosure charge (to fees income, 4200).
     */
    public LoanRepayment foreclose(long loanId, RepaymentChannel channel, @Nullable String reference, Actor actor) {
        Loan loan = lockFor(loanId, channel, reference, actor);
        if (loan.status() != LoanStatus.DISBURSED) {
            throw new InvalidStateException("Cannot foreclose loan " + loan.loanNumber() + ": it is " + loan.status());
        }
        chargePenalty(loan, actor);
        ForeclosureQuote quote = loan.foreclosureQuote(clock.today(), settings.graceDays(), settings.penalRate(),
                settings.foreclosureCharge());
        BankAccount source = debitableSource(loan, channel, quote.total());
        Allocation allocation = loan.foreclose(quote);
        return post(loan, allocation, channel, source, LoanRepayment.Kind.FORECLOSURE, reference, actor);
    }

    /**
     * Who may move money for a loan, by channel: CASH a cashier; ACCOUNT the customer themself, a cashier or the
     * system (standing instructions); ONLINE only the system, with the gateway's payment id as a unique reference.
     */
    private Loan lockFor(long loanId, RepaymentChannel channel, String reference, Actor actor) {
        Validation.text(reference, "reference", 64, channel == RepaymentChannel.ONLINE);
        switch (channel) {
            case CASH -> actor.requireStaff(StaffRole.CASHIER);
            case ACCOUNT -> {
                if (!actor.isCustomer()) {
                    actor.requireStaffOrSystem(StaffRole.CASHIER);
                }
            }
            case ONLINE -> actor.requireSystem();
        }
        Loan loan = lock(loanId);
        if (actor.isCustomer()) {
            actor.requireSelfOrStaff(loan.customer().id());
        }
        return loan;
    }

    /** For the ACCOUNT channel: the loan's account, locked and checked to take {@code amount}; otherwise null. */
    private BankAccount debitableSource(Loan loan, RepaymentChannel channel, Money amount) {
        if (channel != RepaymentChannel.ACCOUNT) {
            return null;
        }
        BankAccount source = accounts.lock(loan.account().id());
        source.checkCanDebit(amount);
        return source;
    }

    private LoanRepayment post(Loan loan, Allocation allocation, RepaymentChannel channel, BankAccount source,
                               LoanRepayment.Kind kind, String reference, Actor actor) {
        Money total = allocation.total();
        Posting posting = Posting.of(EventType.LOAN_REPAYMENT, loan.branch(),
                switch (kind) {
                    case FORECLOSURE -> "Foreclosure of loan ";
                    case PREPAYMENT -> "Prepayment of loan ";
                    case REGULAR -> "EMI for loan ";
                } + loan.loanNumber())
                .reference(reference == null ? loan.loanNumber() : reference);
        if (source != null) {
            posting.debit(source.type().controlAccount(), source.branch(), total).touching(source.id());
        } else {
            posting.debit(channel.debitAccount(), total);
        }
        posting.credit(GlCode.PENALTY_RECEIVABLE, allocation.penalty())
                .credit(GlCode.LOAN_INTEREST_INCOME, allocation.interest())
                .credit(GlCode.LOANS_RECEIVABLE, allocation.principal())
                .credit(GlCode.FEES_INCOME, allocation.fee());
        JournalEntry e = ledger.post(posting, actor);
        if (source != null) {
            accounts.record(source.debit(total, TxnType.EMI_PAYMENT, "Repayment of loan " + loan.loanNumber(), e));
        }
        LoanRepayment r = new LoanRepayment(loan, e, allocation, channel, kind, reference);
        em.persist(r);
        if (channel == RepaymentChannel.ONLINE) {
            try {
                em.flush(); // the unique gateway reference decides, not a read-then-write
            } catch (jakarta.persistence.PersistenceException ex) {
                throw new org.coopbank.shared.DuplicateException("Gateway payment " + reference + " was already applied");
            }
        }
        String action = switch (kind) {
            case FORECLOSURE -> "loan.foreclose";
            case PREPAYMENT -> "loan.prepay";
            case REGULAR -> "loan.repay";
        };
        audit.record(actor, action, "Loan", loan.id(),
                Map.of("outstanding", loan.outstandingPrincipal().plus(allocation.principal()).toString()),
                Map.of("outstanding", loan.outstandingPrincipal().toString(), "status", loan.status().name(),
                        "paid", total.toString(), "penalty", allocation.penalty().toString(),
                        "interest", allocation.interest().toString(), "principal", allocation.principal().toString(),
                        "fee", allocation.fee().toString(), "channel", channel.name()));
        return r;
    }

    /**
     * The nightly charge: marks instalments overdue after the grace days and brings their penal interest up to
     * today (README "Money rules": cumulative from due date + grace, rounded once, each run posting the difference).
     * Running it twice for the same date charges nothing the second time. Returns the penalty charged.
     */
    public Money chargePenalInterest(long loanId, Actor actor) {
        actor.requireStaffOrSystem(StaffRole.ACCOUNTANT);
        Loan loan = lock(loanId);
        return chargePenalty(loan, actor);
    }

    /**
     * The nightly charge for one loan of an emi-overdue chunk locked by {@link #lockForPenalty}, in the chunk's
     * transaction: {@link #chargePenalInterest(long, Actor)} over the instalments that can accrue.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Money chargePenalInterest(OverdueLoan due, Actor actor) {
        actor.requireStaffOrSystem(StaffRole.ACCOUNTANT);
        return chargePenalty(due.loan(), due.accruable(), due.penaltyCharged(), actor);
    }

    /**
     * Locks the loans of one chunk of the nightly emi-overdue job in the caller's transaction, in id order, and loads in
     * two more statements the instalments that can accrue penal interest today (unsettled, not cancelled, due before
     * today less the grace days: {@link LoanInstallment#isOverdueOn}, which still decides) and each loan's penalty
     * charged so far. Loading whole schedules (about twenty instalments a loan, one to three of them overdue) was most
     * of the job's time: their reading and their dirty-checking at the flush.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<OverdueLoan> lockForPenalty(java.util.Collection<Long> loanIds) {
        if (loanIds.isEmpty()) {
            return List.of();
        }
        List<Loan> locked = em.createQuery("SELECT l FROM Loan l WHERE l.id IN :ids ORDER BY l.id", Loan.class)
                .setParameter("ids", loanIds).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        LocalDate cutoff = clock.today().minusDays(settings.graceDays());
        @SuppressWarnings("unchecked")
        List<LoanInstallment> accruable = em.createNativeQuery("""
                        SELECT i.* FROM loan_installment i
                        WHERE i.loan_id IN (:ids) AND i.status <> 'CANCELLED' AND i.due_date < :cutoff
                          AND (i.penalty_due - i.penalty_paid) + (i.interest_due - i.interest_paid)
                              + (i.principal_due - i.principal_paid) <> 0
                        ORDER BY i.loan_id, i.seq_no""", LoanInstallment.class)
                .setParameter("ids", loanIds).setParameter("cutoff", cutoff).getResultList();
        Map<Long, List<LoanInstallment>> byLoan = new java.util.HashMap<>();
        for (LoanInstallment i : accruable) {
            byLoan.computeIfAbsent(i.loan().id(), k -> new java.util.ArrayList<>()).add(i);
        }
        Map<Long, Money> charged = new java.util.HashMap<>();
        for (Object row : em.createNativeQuery("""
                        SELECT loan_id, SUM(penalty_due) FROM loan_installment WHERE loan_id IN (:ids) GROUP BY loan_id""")
                .setParameter("ids", loanIds).getResultList()) {
            Object[] r = (Object[]) row;
            charged.put(((Number) r[0]).longValue(), Money.of(new BigDecimal(r[1].toString())));
        }
        return locked.stream().map(l -> new OverdueLoan(l, byLoan.getOrDefault(l.id(), List.of()),
                charged.getOrDefault(l.id(), Money.ZERO))).toList();
    }

    /** Brings the loan's penal interest up to today and posts what was added (debit 1320, credit 4100), audited. */
    private Money chargePenalty(Loan loan, Actor actor) {
        if (loan.status() != LoanStatus.DISBURSED) {
            return Money.ZERO;
        }
        Money before = loan.installments().stream().map(LoanInstallment::penaltyDue).reduce(Money.ZERO, Money::plus);
        return chargePenalty(loan, loan.installments(), before, actor);
    }

    /**
     * {@link #chargePenalty(Loan, Actor)} over {@code instalments} of the loan (all of them, or those that can accrue),
     * {@code before} being the penalty charged on the whole schedule so far.
     */
    private Money chargePenalty(Loan loan, java.util.Collection<LoanInstallment> instalments, Money before, Actor actor) {
        if (loan.status() != LoanStatus.DISBURSED) {
            return Money.ZERO;
        }
        Money charged = loan.accruePenalties(instalments, clock.today(), settings.graceDays(), settings.penalRate());
        if (charged.isPositive()) {
            ledger.post(Posting.of(EventType.PENAL_INTEREST, loan.branch(), "Penal interest on loan " + loan.loanNumber())
                    .debit(GlCode.PENALTY_RECEIVABLE, charged).credit(GlCode.PENAL_INTEREST_INCOME, charged)
                    .reference(loan.loanNumber()), actor);
            audit.record(actor, "loan.penal-interest", "Loan", loan.id(), Map.of("penaltyCharged", before.toString()),
                    Map.of("penaltyCharged", before.plus(charged).toString(), "added", charged.toString(),
                            "through", clock.today().toString()));
        }
        return charged;
    }

    /** What may be paid today without a foreclosure (overdue amounts plus the next instalment). */
    public Money payableNow(long loanId) {
        return get(loanId).payableNow(clock.today());
    }

    public Loan get(long loanId) {
        Loan loan = em.find(Loan.class, loanId);
        if (loan == null) {
            throw new NotFoundException("Loan " + loanId + " not found");
        }
        return loan;
    }

    public List<Loan> forCustomer(long customerId) {
        return em.createQuery("SELECT l FROM Loan l WHERE l.customer.id = :c ORDER BY l.id", Loan.class)
                .setParameter("c", customerId).getResultList();
    }

    public List<LoanInstallment> schedule(long loanId) {
        return em.createQuery("SELECT i FROM LoanInstallment i WHERE i.loan.id = :l ORDER BY i.seqNo",
                LoanInstallment.class).setParameter("l", loanId).getResultList();
    }

    public List<LoanRepayment> repayments(long loanId) {
        return em.createQuery("SELECT r FROM LoanRepayment r WHERE r.loan.id = :l ORDER BY r.id", LoanRepayment.class)
                .setParameter("l", loanId).getResultList();
    }

    /** Ids of disbursed loans with an instalment unpaid past its due date plus grace (for the nightly job). */
    public List<Long> loansWithOverdueInstallments() {
        LocalDate cutoff = clock.today().minusDays(settings.graceDays());
        return em.createQuery("""
                        SELECT DISTINCT i.loan.id FROM LoanInstallment i
                        WHERE i.loan.status = :s AND i.dueDate < :cutoff AND i.status <> :paid ORDER BY i.loan.id""",
                        Long.class)
                .setParameter("s", LoanStatus.DISBURSED).setParameter("cutoff", cutoff)
                .setParameter("paid", InstallmentStatus.PAID).getResultList();
    }

    /**
     * Up to {@code limit} ids above {@code afterId} of disbursed loans with an instalment unpaid past its due date
     * plus the grace days as of {@code on}, in id order (the nightly job's reader pages through them).
     */
    public List<Long> loansWithOverdueInstallments(LocalDate on, long afterId, int limit) {
        return loansWithOverdueInstallments(on, afterId, limit, org.coopbank.nightly.Shard.ALL);
    }

    /** {@link #loansWithOverdueInstallments(LocalDate, long, int)} of one share of the loans (a parallel step's). */
    public List<Long> loansWithOverdueInstallments(LocalDate on, long afterId, int limit,
                                                   org.coopbank.nightly.Shard shard) {
        if (shard.empty()) {
            return List.of();
        }
        LocalDate cutoff = on.minusDays(settings.graceDays());
        return shard.bind(em.createQuery("SELECT DISTINCT i.loan.id FROM LoanInstallment i WHERE i.loan.status = :s"
                        + " AND i.dueDate < :cutoff AND i.status <> :paid AND i.loan.id > :after"
                        + shard.jpql("i.loan.id") + " ORDER BY i.loan.id", Long.class))
                .setParameter("s", LoanStatus.DISBURSED).setParameter("cutoff", cutoff)
                .setParameter("paid", InstallmentStatus.PAID).setParameter("after", afterId)
                .setMaxResults(limit).getResultList();
    }

    /**
     * Up to {@code limit} ids above {@code afterId} of loans APPROVED on or before {@code on}, in id order (the
     * loan-disbursement job's reader pages through them; a late run for a past date leaves later approvals alone).
     */
    public List<Long> approvedIds(LocalDate on, long afterId, int limit) {
        return em.createQuery("SELECT l.id FROM Loan l WHERE l.status = :s AND l.decidedOn <= :on AND l.id > :after"
                        + " ORDER BY l.id", Long.class)
                .setParameter("s", LoanStatus.APPROVED).setParameter("on", on).setParameter("after", afterId)
                .setMaxResults(limit).getResultList();
    }

    /** How many loans {@link #approvedIds} has left above {@code afterId}. */
    public long countApproved(LocalDate on, long afterId) {
        return em.createQuery("SELECT COUNT(l) FROM Loan l WHERE l.status = :s AND l.decidedOn <= :on AND l.id > :after",
                        Long.class)
                .setParameter("s", LoanStatus.APPROVED).setParameter("on", on).setParameter("after", afterId)
                .getSingleResult();
    }

    private Loan lock(long loanId) {
        Loan loan = em.find(Loan.class, loanId, LockModeType.PESSIMISTIC_WRITE);
        if (loan == null) {
            throw new NotFoundException("Loan " + loanId + " not found");
        }
        return loan;
    }

    private static Map<String, Object> describe(Loan l) {
        return Map.of("loanNumber", l.loanNumber(), "status", l.status().name(), "principal", l.principal().toString(),
                "rate", l.annualRate().toPlainString(), "tenureMonths", l.tenureMonths(),
                "outstanding", l.outstandingPrincipal().toString(), "payoutToExternal", l.payoutToExternal());
    }
}
