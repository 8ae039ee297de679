package org.coopbank.nightly;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.deposit.DepositService;
import org.coopbank.deposit.FixedDeposit;
import org.coopbank.loan.LoanService;
import org.coopbank.payout.LinkedAccounts;
import org.coopbank.payout.PayoutService;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.DuplicateException;
import org.coopbank.shared.Money;

/**
 * One item of a nightly job, done by the core services in a transaction of its own, as of the job's business date
 * (set on the batch thread inside that transaction), with its idempotency key ({@code batch_item_done}) inserted in
 * the same transaction. Answers what was done, or {@code null} when the key shows the item already done for the
 * date (a restart or a repeated run); two runs racing on one item: the loser's insert fails on the key and its
 * whole item, posting included, rolls back ({@link DuplicateException}).
 */
@Stateless
public class NightlyItems {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    LoanService loans;

    @Inject
    DepositService deposits;

    @Inject
    PayoutService payouts;

    @Inject
    LinkedAccounts linkedAccounts;

    /** emi-overdue: marks the loan's instalments overdue after the grace days and charges penal interest to the date. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String chargeOverdue(LocalDate businessDate, long loanId) {
        return clock.asOf(businessDate, () -> {
            String key = "loan:" + loanId;
            if (isDone(NightlyJob.EMI_OVERDUE, key, businessDate)) {
                return null;
            }
            Money charged = loans.chargePenalInterest(loanId, Actor.system(NightlyJob.EMI_OVERDUE.jobName()));
            String outcome = "penal interest " + charged;
            markDone(NightlyJob.EMI_OVERDUE, key, businessDate, outcome);
            return outcome;
        });
    }

    /**
     * fd-maturity: closes the FD to its linked account at the maturity amount, renews it if so chosen, or pays it out
     * to the customer's bank account elsewhere when opened with that instruction and one is linked (else to the linked
     * account here).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String matureFd(LocalDate businessDate, long fdId) {
        return clock.asOf(businessDate, () -> {
            String key = "fd:" + fdId;
            if (isDone(NightlyJob.FD_MATURITY, key, businessDate)) {
                return null;
            }
            Actor system = Actor.system(NightlyJob.FD_MATURITY.jobName());
            FixedDeposit fd = deposits.get(fdId);
            String outcome;
            if (fd.payoutToExternal() && linkedAccounts.active(fd.customer().id()).isPresent()) {
                // by payout instruction: in transit (2200) now, the gateway asked after this item commits
                outcome = "PAID_OUT payout " + payouts.payFdMaturity(fdId, businessDate, system).id();
            } else {
                outcome = deposits.matureOnSchedule(fdId, system).name();
            }
            markDone(NightlyJob.FD_MATURITY, key, businessDate, outcome);
            return outcome;
        });
    }

    /** The emi-overdue reader's next page of loan ids after {@code afterId}. */
    public List<Long> overdueLoanIds(LocalDate businessDate, long afterId, int limit) {
        return loans.loansWithOverdueInstallments(businessDate, afterId, limit);
    }

    /** The fd-maturity reader's next page of FD ids after {@code afterId}. */
    public List<Long> maturedFdIds(LocalDate businessDate, long afterId, int limit) {
        return deposits.maturedIds(businessDate, afterId, limit);
    }

    /** How many items the job has done for the date (all runs and restarts together). */
    public long doneCount(NightlyJob job, LocalDate businessDate) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM batch_item_done WHERE job_name = ? AND business_date = ?")
                .setParameter(1, job.jobName()).setParameter(2, businessDate).getSingleResult()).longValue();
    }

    /** A fast path only: the insert in {@link #markDone} is what guarantees once. */
    private boolean isDone(NightlyJob job, String key, LocalDate businessDate) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM batch_item_done WHERE job_name = ? AND item_key = ?"
                        + " AND business_date = ?")
                .setParameter(1, job.jobName()).setParameter(2, key).setParameter(3, businessDate)
                .getSingleResult()).longValue() > 0;
    }

    private void markDone(NightlyJob job, String key, LocalDate businessDate, String outcome) {
        em.flush(); // the item's own changes first, so a failure below can only be the key
        try {
            em.createNativeQuery("INSERT INTO batch_item_done (job_name, item_key, business_date, outcome, done_at)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .setParameter(1, job.jobName()).setParameter(2, key).setParameter(3, businessDate)
                    .setParameter(4, outcome.length() > 200 ? outcome.substring(0, 200) : outcome)
                    .setParameter(5, Timestamp.from(clock.now())).executeUpdate();
        } catch (PersistenceException e) {
            throw new DuplicateException(job.jobName() + " already did " + key + " for " + businessDate);
        }
    }
}
