package org.coopbank.payment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import org.coopbank.account.AccountService;
import org.coopbank.account.AccountStatus;
import org.coopbank.account.BankAccount;
import org.coopbank.deposit.DepositService;
import org.coopbank.deposit.FixedDeposit;
import org.coopbank.loan.Loan;
import org.coopbank.loan.LoanService;
import org.coopbank.loan.LoanStatus;
import org.coopbank.loan.RepaymentChannel;
import org.coopbank.payment.WebhookEvent.Outcome;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;

/**
 * The one place a payment changes status. Every move is a conditional UPDATE whose row count decides: the transaction
 * that moved INITIATED (or FAILED, a late capture) to PAID posts the money, in the same transaction; any other gets 0
 * rows and posts nothing. Runs inside the caller's transaction (the verify request or the webhook message).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class PaymentSettlement {

    /** The bank's own process that posts gateway money. */
    static final Actor GATEWAY = Actor.system("payment-gateway");

    public record Result(Outcome outcome, Long paymentId) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    LoanService loans;

    @Inject
    AccountService accounts;

    @Inject
    DepositService deposits;

    @Inject
    BusinessClock clock;

    @Inject
    Event<PaymentConcluded> concluded;

    /** The gateway says {@code gatewayPaymentId} paid order {@code orderId} with {@code amountPaise}. */
    public Result settle(String orderId, String gatewayPaymentId, long amountPaise, String currency) {
        Optional<Payment> found = byOrder(orderId);
        if (found.isEmpty()) {
            return new Result(Outcome.UNKNOWN_ORDER, null);
        }
        Payment p = found.get();
        if (p.status() != PaymentStatus.INITIATED && p.status() != PaymentStatus.FAILED) {
            return new Result(Outcome.ALREADY_SETTLED, p.id()); // a stale read can only say "open": the UPDATE decides
        }
        if (amountPaise != p.amountPaise() || !p.currency().equals(currency)) {
            return flag(p, "Gateway paid " + amountPaise + " paise " + currency + " by " + gatewayPaymentId
                    + ", our record says " + p.amountPaise() + " paise " + p.currency());
        }
        String refusal = whyNotApplicable(p); // locks the loan or account row first, as the posting will
        if (refusal != null) {
            return flag(p, "Received " + gatewayPaymentId + " but cannot apply it: " + refusal);
        }
        int changed = em.createQuery("""
                        UPDATE Payment p SET p.status = :paid, p.gatewayPaymentId = :gp, p.settledAt = :now,
                        p.updatedAt = :now, p.version = p.version + 1 WHERE p.id = :id AND p.status IN :open""")
                .setParameter("paid", PaymentStatus.PAID).setParameter("gp", gatewayPaymentId)
                .setParameter("now", clock.now()).setParameter("id", p.id())
                .setParameter("open", EnumSet.of(PaymentStatus.INITIATED, PaymentStatus.FAILED)).executeUpdate();
        if (changed == 0) {
            return new Result(Outcome.ALREADY_SETTLED, p.id());
        }
        em.refresh(p);
        post(p);
        concluded.fire(new PaymentConcluded(p.id()));
        return new Result(Outcome.APPLIED, p.id());
    }

    /** The gateway says the attempt failed: INITIATED → FAILED only; a paid payment never moves back. */
    public Result fail(String orderId, String reason) {
        Optional<Payment> found = byOrder(orderId);
        if (found.isEmpty()) {
            return new Result(Outcome.UNKNOWN_ORDER, null);
        }
        int changed = em.createQuery("""
                        UPDATE Payment p SET p.status = :failed, p.failureReason = :why, p.updatedAt = :now,
                        p.version = p.version + 1 WHERE p.id = :id AND p.status = :initiated""")
                .setParameter("failed", PaymentStatus.FAILED).setParameter("why", clip(reason))
                .setParameter("now", clock.now()).setParameter("id", found.get().id())
                .setParameter("initiated", PaymentStatus.INITIATED).executeUpdate();
        if (changed == 1) {
            concluded.fire(new PaymentConcluded(found.get().id()));
            return new Result(Outcome.FAILED_MARKED, found.get().id());
        }
        return new Result(Outcome.ALREADY_SETTLED, found.get().id());
    }

    private Result flag(Payment p, String reason) {
        int changed = em.createQuery("""
                        UPDATE Payment p SET p.status = :flagged, p.flagReason = :why, p.updatedAt = :now,
                        p.version = p.version + 1 WHERE p.id = :id AND p.status IN :open""")
                .setParameter("flagged", PaymentStatus.FLAGGED).setParameter("why", clip(reason))
                .setParameter("now", clock.now()).setParameter("id", p.id())
                .setParameter("open", EnumSet.of(PaymentStatus.INITIATED, PaymentStatus.FAILED)).executeUpdate();
        return new Result(changed == 1 ? Outcome.FLAGGED : Outcome.ALREADY_SETTLED, p.id());
    }

    /** Null when the money can be applied now; else why not. Locks the payable's row for this transaction. */
    private String whyNotApplicable(Payment p) {
        LocalDate today = clock.today();
        if (p.type() == PaymentType.EMI) {
            Loan loan = em.find(Loan.class, p.payableId(), LockModeType.PESSIMISTIC_WRITE);
            if (loan == null || loan.status() != LoanStatus.DISBURSED) {
                return "the loan is no longer running";
            }
            // before today's penal interest is brought up to date: a lower bound of what repay() will accept
            return p.amount().isGreaterThan(loan.payableNow(today)) ? "more than is due on the loan now" : null;
        }
        BankAccount a = accounts.lock(p.payableId());
        if (a.status() != AccountStatus.ACTIVE) {
            return "the account is " + a.status();
        }
        if (p.type() == PaymentType.FD_OPENING) {
            long days = ChronoUnit.DAYS.between(today, today.plusMonths(p.fdTenureMonths()));
            if (deposits.rateFor(days, today).isEmpty()) {
                return "the rate card has no rate for " + p.fdTenureMonths() + " months";
            }
            if (!a.customer().status().canTransact()) {
                return "the customer is " + a.customer().status();
            }
        }
        return null;
    }

    private void post(Payment p) {
        String ref = p.gatewayPaymentId();
        switch (p.type()) {
            case EMI -> p.posted(loans.repay(p.payableId(), p.amount().amount(), RepaymentChannel.ONLINE, ref, GATEWAY)
                    .journalEntry().id(), null);
            case DEPOSIT -> p.posted(accounts.depositOnline(p.payableId(), p.amount(), ref, GATEWAY).journalEntry().id(),
                    null);
            case FD_OPENING -> {
                FixedDeposit fd = deposits.openOnline(p.payableId(), p.amount().amount(), p.fdTenureMonths(), ref, GATEWAY);
                p.posted(null, fd.id());
            }
        }
    }

    private Optional<Payment> byOrder(String orderId) {
        if (orderId == null || orderId.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT p FROM Payment p WHERE p.gatewayOrderId = :o", Payment.class)
                .setParameter("o", orderId).getResultStream().findFirst();
    }

    private static String clip(String s) {
        return s == null ? null : s.length() <= 255 ? s : s.substring(0, 255);
    }
}
