package org.coopbank.loan;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
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
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.NumberSequences;
import org.coopbank.shared.Validation;
import org.coopbank.shared.ValidationFailedException;

@Stateless
public class LoanService {

    /** A loan application as entered by a clerk. */
    public record Application(@NotNull Long customerId,
                              @NotNull Long accountId,
                              @NotNull @DecimalMin(value = "1000.00", message = "must be at least 1000")
                              @DecimalMax(value = "10000000.00", message = "must be at most 1,00,00,000") BigDecimal principal,
                              @NotNull @DecimalMin(value = "0.00") @DecimalMax(value = "36.00") BigDecimal annualRate,
                              @Min(1) @Max(360) int tenureMonths,
                              @NotBlank @Size(max = 255) String purpose) {
    }

    @PersistenceContext
    EntityManager em;

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
        Money p = Validation.positiveAmount(principal);
        if (annualRate == null || annualRate.signum() < 0 || tenureMonths < 1 || tenureMonths > 360) {
            throw new ValidationFailedException("loan", "rate must be 0 or more and tenure 1 to 360 months");
        }
        return EmiCalculator.schedule(p, annualRate, tenureMonths, clock.today());
    }

    public Loan apply(Application input, Actor actor) {
        validation.check(input);
        Validation.positiveAmount(input.principal());
        Customer c = customers.get(input.customerId());
        if (!c.status().canTransact()) {
            throw new InvalidStateException("Customer " + c.customerNumber() + " is " + c.status());
        }
        BankAccount a = accounts.get(input.accountId());
        if (!a.customer().id().equals(c.id())) {
            throw new ValidationFailedException("accountId", "must be an account of the applicant");
        }
        a.requireActive();
        Loan loan = new Loan(numbers.next(NumberSequences.LOAN), c, a, Money.of(input.principal()), input.annualRate().setScale(4, RoundingMode.HALF_UP),
                input.tenureMonths(), input.purpose().trim(), clock.today(), actor.toString());
        em.persist(loan);
        audit.record(actor, "loan.apply", "Loan", loan.id(), null, describe(loan));
        return loan;
    }

    public Loan approve(long loanId, Actor actor) {
        Loan loan = lock(loanId);
        Map<String, Object> before = describe(loan);
        loan.approve(actor.name(), clock.today());
        audit.record(actor, "loan.approve", "Loan", loan.id(), before, describe(loan));
        return loan;
    }

    public Loan reject(long loanId, String reason, Actor actor) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationFailedException("reason", "is required to reject a loan");
        }
        Loan loan = lock(loanId);
        Map<String, Object> before = describe(loan);
        loan.reject(actor.name(), clock.today(), reason.trim());
        audit.record(actor, "loan.reject", "Loan", loan.id(), before, describe(loan));
        return loan;
    }

    /** Credits the principal to the customer's account (debit 1300, credit 20x0) and builds the EMI schedule. */
    public Loan disburse(long loanId, Actor actor) {
        Loan loan = lock(loanId);
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

    /** Records a repayment, allocated oldest instalment first: penalty, then interest, then principal. */
    public LoanRepayment repay(long loanId, BigDecimal amount, RepaymentChannel channel, String reference, Actor actor) {
        Money m = Validation.positiveAmount(amount);
        requireChannel(channel);
        Loan loan = lock(loanId);
        BankAccount source = debitableSource(loan, channel, m);
        Allocation allocation = loan.applyRepayment(m, clock.today());
        return post(loan, allocation, channel, source, LoanRepayment.Kind.REGULAR, reference, actor);
    }

    /**
     * A declared prepayment: the whole amount reduces principal and the remaining schedule is recomputed with a
     * lower EMI (same rate and due dates). Refused while anything is due today or for the whole principal.
     */
    public LoanRepayment prepay(long loanId, BigDecimal amount, RepaymentChannel channel, String reference, Actor actor) {
        Money m = Validation.positiveAmount(amount);
        requireChannel(channel);
        Loan loan = lock(loanId);
        BankAccount source = debitableSource(loan, channel, m);
        Allocation allocation = loan.prepay(m, clock.today());
        return post(loan, allocation, channel, source, LoanRepayment.Kind.PREPAYMENT, reference, actor);
    }

    /** Closes the loan today: all principal, plus unpaid penalty and interest of instalments already due. */
    public LoanRepayment foreclose(long loanId, RepaymentChannel channel, String reference, Actor actor) {
        requireChannel(channel);
        Loan loan = lock(loanId);
        if (loan.status() != LoanStatus.DISBURSED) {
            throw new InvalidStateException("Cannot foreclose loan " + loan.loanNumber() + ": it is " + loan.status());
        }
        BankAccount source = debitableSource(loan, channel, loan.foreclosureAmount(clock.today()));
        Allocation allocation = loan.foreclose(clock.today());
        return post(loan, allocation, channel, source, LoanRepayment.Kind.FORECLOSURE, reference, actor);
    }

    private static void requireChannel(RepaymentChannel channel) {
        if (channel == null) {
            throw new ValidationFailedException("channel", "is required");
        }
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
                .credit(GlCode.LOANS_RECEIVABLE, allocation.principal());
        JournalEntry e = ledger.post(posting, actor);
        if (source != null) {
            accounts.record(source.debit(total, TxnType.EMI_PAYMENT, "Repayment of loan " + loan.loanNumber(), e));
        }
        LoanRepayment r = new LoanRepayment(loan, e, allocation, channel, kind, reference);
        em.persist(r);
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
                        "channel", channel.name()));
        return r;
    }

    /**
     * Marks instalments overdue after the grace days and charges penal interest on their unpaid principal for
     * each day since it was last charged (or since due date + grace), up to {@code clock.today()} inclusive.
     * Running it twice for the same date charges nothing the second time. Returns the penalty charged.
     */
    public Money chargePenalInterest(long loanId, Actor actor) {
        Loan loan = lock(loanId);
        if (loan.status() != LoanStatus.DISBURSED) {
            return Money.ZERO;
        }
        LocalDate today = clock.today();
        int grace = settings.graceDays();
        BigDecimal rate = settings.penalRate();
        Money charged = Money.ZERO;
        for (LoanInstallment i : loan.overdueInstallments(today, grace)) {
            LocalDate from = i.penaltyAccruedTo() != null ? i.penaltyAccruedTo() : i.dueDate().plusDays(grace);
            long days = ChronoUnit.DAYS.between(from, today);
            Money penalty = days <= 0 ? Money.ZERO : Money.of(i.unpaidPrincipal().amount().multiply(rate)
                    .multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(36500), EmiCalculator.RATE_SCALE,
                            RoundingMode.HALF_UP));
            if (penalty.isPositive()) {
                i.chargePenalty(penalty, today);
                charged = charged.plus(penalty);
            } else {
                i.markOverdue();
            }
        }
        if (charged.isPositive()) {
            ledger.post(Posting.of(EventType.PENAL_INTEREST, loan.branch(), "Penal interest on loan " + loan.loanNumber())
                    .debit(GlCode.PENALTY_RECEIVABLE, charged).credit(GlCode.PENAL_INTEREST_INCOME, charged)
                    .reference(loan.loanNumber()), actor);
        }
        return charged;
    }

    /** What may be paid today without a foreclosure (overdue amounts plus the next instalment). */
    public Money payableNow(long loanId) {
        return get(loanId).payableNow(clock.today());
    }

    /** What closing the loan today would cost. */
    public Money foreclosureAmount(long loanId) {
        return get(loanId).foreclosureAmount(clock.today());
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
                "outstanding", l.outstandingPrincipal().toString());
    }
}
