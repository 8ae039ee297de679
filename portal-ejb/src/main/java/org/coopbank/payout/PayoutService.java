package org.coopbank.payout;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.coopbank.audit.AuditService;
import org.coopbank.deposit.DepositService;
import org.coopbank.deposit.FixedDeposit;
import org.coopbank.ledger.JournalEntry;
import org.coopbank.loan.Loan;
import org.coopbank.loan.LoanService;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.DuplicateException;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.Money;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.Validation;
import org.coopbank.shared.ValidationFailedException;

/**
 * Pays a customer's money out to their linked bank account. {@link #payout} records the payout and moves the money
 * from its source into 2200 payout clearing in one transaction, under the source's row lock; the gateway is asked
 * after that commits ({@link PayoutSubmitter}). The idempotency key is unique in the database: the same key again
 * returns the same payout, and is the gateway's idempotency key too.
 */
@Stateless
public class PayoutService {

    /** RazorpayX accepts 4–36 letters, digits, hyphens and underscores as an idempotency key. */
    public static final Pattern KEY = Pattern.compile("^[A-Za-z0-9_-]{4,36}$");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    @PersistenceContext
    EntityManager em;

    @Inject
    LinkedAccounts linked;

    @Inject
    DepositService deposits;

    @Inject
    LoanService loans;

    @Inject
    PayoutGateways gateways;

    @Inject
    AuditService audit;

    @Inject
    BusinessClock clock;

    @Inject
    Event<PayoutQueued> queued;

    /**
     * Pays {@code amount} of the source ({@code FD_MATURITY}: the FD's maturity amount, on or after its maturity date;
     * {@code LOAN_DISBURSEMENT}: an approved loan's principal) to the customer's ACTIVE linked bank account. The amount
     * must be the server's own figure for the source. Refused, with nothing written, when the key is malformed or was
     * used for a different payout, the source is not the customer's or not payable, or there is no linked account.
     */
    public Payout payout(long customerId, PayoutPurpose purpose, long sourceId, Money amount, String idempotencyKey,
                         Actor actor) {
        actor.requireSystem();
        if (purpose == null) {
            throw new ValidationFailedException("purpose", "is required");
        }
        String key = idempotencyKey == null ? "" : idempotencyKey.strip();
        if (!KEY.matcher(key).matches()) {
            throw new ValidationFailedException("idempotencyKey", "must be 4 to 36 letters, digits, hyphens or underscores");
        }
        Money m = Validation.positiveAmount(amount);
        Optional<Payout> earlier = byKey(key);
        if (earlier.isPresent()) {
            return again(earlier.get(), customerId, purpose, sourceId, m);
        }
        long refundAccountId = lockSource(customerId, purpose, sourceId, m);
        earlier = byKey(key); // a concurrent call with the same key held the source's lock before us
        if (earlier.isPresent()) {
            return again(earlier.get(), customerId, purpose, sourceId, m);
        }
        LinkedBankAccount to = linked.active(customerId).orElseThrow(() -> new InvalidStateException(
                "Customer " + customerId + " has no linked bank account to pay out to"));
        JournalEntry transit = switch (purpose) {
            case FD_MATURITY -> deposits.matureToPayout(sourceId, key, actor);
            case LOAN_DISBURSEMENT -> loans.disburseToPayout(sourceId, key, actor);
        };
        Payout p = new Payout(key, customerId, to.id(), purpose, sourceId, refundAccountId, m,
                PayoutConfig.transferMode(), gateways.current().name(), transit.id(), actor.toString(), clock.now());
        em.persist(p);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new DuplicateException("A payout for " + purpose + " " + sourceId + " or key " + key + " exists already");
        }
        audit.record(actor, "payout.create", "Payout", p.id(), null, Map.of("purpose", purpose.name(), "sourceId", sourceId,
                "amount", m.toString(), "to", to.maskedNumber(), "ifsc", to.ifsc(), "idempotencyKey", key,
                "journalEntry", transit.id()));
        queued.fire(new PayoutQueued(p.id()));
        return p;
    }

    /** The nightly FD maturity by payout instruction: the key is the FD and the business date. */
    public Payout payFdMaturity(long fdId, LocalDate businessDate, Actor actor) {
        return clock.asOf(businessDate, () -> {
            FixedDeposit fd = em.find(FixedDeposit.class, fdId);
            if (fd == null) {
                throw new NotFoundException("FD " + fdId + " not found");
            }
            return payout(fd.customer().id(), PayoutPurpose.FD_MATURITY, fdId, fd.maturityAmount(),
                    "fd-" + fdId + "-" + businessDate.format(DAY), actor);
        });
    }

    /** An approved loan disbursed to the customer's bank account: the key is the loan and the business date. */
    public Payout payLoanDisbursement(long loanId, LocalDate businessDate, Actor actor) {
        return clock.asOf(businessDate, () -> {
            Loan loan = em.find(Loan.class, loanId);
            if (loan == null) {
                throw new NotFoundException("Loan " + loanId + " not found");
            }
            return payout(loan.customer().id(), PayoutPurpose.LOAN_DISBURSEMENT, loanId, loan.principal(),
                    "loan-" + loanId + "-" + businessDate.format(DAY), actor);
        });
    }

    public Optional<Payout> byKey(String idempotencyKey) {
        return em.createQuery("SELECT p FROM Payout p WHERE p.idempotencyKey = :k", Payout.class)
                .setParameter("k", idempotencyKey).getResultStream().findFirst();
    }

    public Payout get(long payoutId) {
        Payout p = em.find(Payout.class, payoutId);
        if (p == null) {
            throw new NotFoundException("Payout " + payoutId + " not found");
        }
        em.refresh(p);
        return p;
    }

    /** The customer's payouts, newest first, the destination masked. */
    public List<PayoutRow> forCustomer(long customerId) {
        return em.createQuery("""
                        SELECT p, a FROM Payout p, LinkedBankAccount a WHERE a.id = p.linkedBankAccountId
                        AND p.customerId = :c ORDER BY p.id DESC""", Object[].class)
                .setParameter("c", customerId).getResultStream().map(r -> {
                    Payout p = (Payout) r[0];
                    LinkedBankAccount a = (LinkedBankAccount) r[1];
                    return new PayoutRow(p.id(), p.purpose(), p.sourceId(), p.amount(), a.maskedNumber(), a.ifsc(),
                            p.status(), p.utr(), p.createdAt());
                }).toList();
    }

    /** The same key again: the same payout, provided it asks for the same thing; still QUEUED, the gateway is asked again. */
    private Payout again(Payout p, long customerId, PayoutPurpose purpose, long sourceId, Money amount) {
        if (p.customerId() != customerId || p.purpose() != purpose || p.sourceId() != sourceId
                || !p.amount().equals(amount)) {
            throw new ValidationFailedException("idempotencyKey", "was used for a different payout");
        }
        if (p.status() == PayoutStatus.QUEUED) {
            queued.fire(new PayoutQueued(p.id()));
        }
        return p;
    }

    /** Locks the source row, checks it is the customer's and the amount is ours; returns the account a return goes to. */
    private long lockSource(long customerId, PayoutPurpose purpose, long sourceId, Money amount) {
        switch (purpose) {
            case FD_MATURITY -> {
                FixedDeposit fd = em.find(FixedDeposit.class, sourceId, LockModeType.PESSIMISTIC_WRITE);
                if (fd == null || fd.customer().id() != customerId) {
                    throw new NotFoundException("FD " + sourceId + " not found for customer " + customerId);
                }
                if (!fd.maturityAmount().equals(amount)) {
                    throw new ValidationFailedException("amount", "must be the FD's maturity amount " + fd.maturityAmount());
                }
                return fd.linkedAccount().id();
            }
            case LOAN_DISBURSEMENT -> {
                Loan loan = em.find(Loan.class, sourceId, LockModeType.PESSIMISTIC_WRITE);
                if (loan == null || loan.customer().id() != customerId) {
                    throw new NotFoundException("Loan " + sourceId + " not found for customer " + customerId);
                }
                if (!loan.principal().equals(amount)) {
                    throw new ValidationFailedException("amount", "must be the loan's principal " + loan.principal());
                }
                return loan.account().id();
            }
            default -> throw new IllegalArgumentException(String.valueOf(purpose));
        }
    }
}
