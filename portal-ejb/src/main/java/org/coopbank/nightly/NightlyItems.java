package org.coopbank.nightly;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coopbank.deposit.DepositService;
import org.coopbank.deposit.FdStatus;
import org.coopbank.deposit.FixedDeposit;
import org.coopbank.loan.OverdueLoan;
import org.coopbank.loan.LoanService;
import org.coopbank.payout.LinkedAccounts;
import org.coopbank.payout.PayoutService;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.DuplicateException;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.Money;

/**
 * The work of the emi-overdue and fd-maturity jobs, done by the core services as of the job's business date (set on
 * the batch thread inside the transaction), a chunk at a time in the chunk's transaction, with each item's
 * idempotency key ({@code batch_item_done}) inserted in the same transaction as its work. An item whose key shows it already done for the date (a restart or a repeated
 * run) is not done again; two runs racing on one item: the loser's insert fails on the key and its work, posting
 * included, rolls back ({@link DuplicateException}).
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

    @Inject
    ItemKeys keys;

    private static final String FD_KEY = "fd:";
    private static final String LOAN_KEY = "loan:";

    /**
     * emi-overdue, one chunk in the chunk's transaction (JBeret's, joined): each loan's instalments marked overdue
     * after the grace days and its penal interest charged to the date. The loans are locked and the instalments that can
     * accrue loaded in three statements, the done keys looked up, the postings flushed in JDBC batches and the keys inserted in one;
     * a failure rolls the whole chunk back and fails the step (restartable).
     */
    public List<ItemOutcome> chargeOverdue(LocalDate businessDate, List<Long> loanIds) {
        return clock.asOf(businessDate, () -> {
            Actor system = Actor.system(NightlyJob.EMI_OVERDUE.jobName());
            List<OverdueLoan> locked = loans.lockForPenalty(loanIds);
            // Done for the date already (a restart, a second run) means penalties accrued through the date, so only a
            // loan accrued through it is looked up before charging; any other loan charged something now was not done
            // (a done loan charges nothing: the penalty is cumulative to the date), and one charged nothing is looked
            // up after. The common night costs no lookup at all; the key's insert below still decides.
            Set<String> done = new HashSet<>(keys.doneAmong(NightlyJob.EMI_OVERDUE, locked.stream()
                    .filter(l -> l.penaltyAccruedOnOrAfter(businessDate)).map(l -> LOAN_KEY + l.id()).toList(),
                    businessDate));
            Map<Long, String> outcomeOf = new LinkedHashMap<>();
            List<String> chargedNothing = new ArrayList<>();
            for (OverdueLoan loan : locked) {
                String key = LOAN_KEY + loan.id();
                if (done.contains(key)) {
                    outcomeOf.put(loan.id(), null);
                    continue;
                }
                Money charged = loans.chargePenalInterest(loan, system);
                outcomeOf.put(loan.id(), "penal interest " + charged);
                if (!charged.isPositive()) {
                    chargedNothing.add(key);
                }
            }
            done.addAll(keys.doneAmong(NightlyJob.EMI_OVERDUE, chargedNothing, businessDate));
            Map<String, String> doneNow = new LinkedHashMap<>();
            List<ItemOutcome> outcomes = new ArrayList<>();
            outcomeOf.forEach((id, outcome) -> {
                String key = LOAN_KEY + id;
                if (done.contains(key)) {
                    outcomes.add(new ItemOutcome(id, null, null));
                } else {
                    doneNow.put(key, outcome);
                    outcomes.add(new ItemOutcome(id, outcome, null));
                }
            });
            keys.markAllDone(NightlyJob.EMI_OVERDUE, doneNow, businessDate);
            em.clear(); // all written: the commit then has nothing to dirty-check
            return outcomes;
        });
    }

    /**
     * fd-maturity, one FD in a transaction of its own (a manager's or a test's single call): {@link #matureFds} for
     * it alone. Refused (InvalidStateException) as the chunk would leave it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String matureFd(LocalDate businessDate, long fdId) {
        List<ItemOutcome> all = matureFds(businessDate, List.of(fdId));
        if (all.isEmpty()) {
            throw new org.coopbank.shared.NotFoundException("FD " + fdId + " not found");
        }
        ItemOutcome o = all.get(0);
        if (o.refusal() != null) {
            throw new InvalidStateException(o.refusal());
        }
        return o.outcome();
    }

    /**
     * fd-maturity, one chunk in the chunk's transaction (JBeret's, joined): each FD closed to its linked account at
     * the maturity amount, renewed if so chosen, or paid out to the customer's bank account elsewhere when opened
     * with that instruction and one is linked (else to the linked account here). The FDs and their accounts are locked
     * in two statements (an FD's status tells whether it may be done already), the postings flushed in JDBC batches and
     * the keys inserted in one batch:
     * a handful of round trips and one commit a chunk instead of a dozen and a commit an FD. An FD refused under the
     * locks ({@link DepositService#maturityRefusal}: frozen linked account, no longer ACTIVE) is left as it is, for the
     * next run; any other failure rolls the whole chunk back and fails the step (restartable).
     */
    public List<ItemOutcome> matureFds(LocalDate businessDate, List<Long> fdIds) {
        return clock.asOf(businessDate, () -> {
            Actor system = Actor.system(NightlyJob.FD_MATURITY.jobName());
            List<FixedDeposit> locked = deposits.lockForMaturity(fdIds);
            Map<String, String> doneNow = new LinkedHashMap<>();
            List<ItemOutcome> outcomes = new ArrayList<>();
            for (FixedDeposit fd : locked) {
                String key = FD_KEY + fd.id();
                // matured, renewed or paid out with its key in one transaction: only an FD no longer ACTIVE can be done
                if (fd.status() != FdStatus.ACTIVE && keys.isDone(NightlyJob.FD_MATURITY, key, businessDate)) {
                    outcomes.add(new ItemOutcome(fd.id(), null, null));
                    continue;
                }
                boolean byPayout = byPayout(fd);
                Optional<String> refusal = deposits.maturityRefusal(fd, byPayout);
                if (refusal.isPresent()) {
                    outcomes.add(new ItemOutcome(fd.id(), null, refusal.get()));
                    continue;
                }
                String outcome = byPayout
                        // by payout instruction: in transit (2200) now, the gateway asked after the chunk commits
                        ? "PAID_OUT payout " + payouts.payFdMaturity(fd.id(), businessDate, system).id()
                        : deposits.matureOnSchedule(fd.id(), system).name();
                doneNow.put(key, outcome);
                outcomes.add(new ItemOutcome(fd.id(), outcome, null));
            }
            keys.markAllDone(NightlyJob.FD_MATURITY, doneNow, businessDate);
            em.clear(); // all written: the commit then has nothing to dirty-check
            return outcomes;
        });
    }

    /**
     * The refusals of a page of FDs about to be read by fd-maturity (FD id → reason), as of the business date, read
     * in a short transaction of its own: the reader hands the refused to the processor as such, and they are skipped.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Map<Long, String> fdRefusals(LocalDate businessDate, List<Long> fdIds) {
        if (fdIds.isEmpty()) {
            return Map.of();
        }
        return clock.asOf(businessDate, () -> {
            Map<Long, String> refused = new HashMap<>();
            for (FixedDeposit fd : em.createQuery("SELECT f FROM FixedDeposit f JOIN FETCH f.linkedAccount"
                    + " WHERE f.id IN :ids", FixedDeposit.class).setParameter("ids", fdIds).getResultList()) {
                deposits.maturityRefusal(fd, byPayout(fd)).ifPresent(r -> refused.put(fd.id(), r));
            }
            return refused;
        });
    }

    private boolean byPayout(FixedDeposit fd) {
        return fd.payoutToExternal() && linkedAccounts.active(fd.customer().id()).isPresent();
    }

    /** What a chunk did with one item: its outcome, or null with the refusal that left it, or both null: done before. */
    public record ItemOutcome(long id, String outcome, String refusal) implements java.io.Serializable {
    }

    /** The emi-overdue reader's next page of loan ids after {@code afterId}. */
    public List<Long> overdueLoanIds(LocalDate businessDate, long afterId, int limit) {
        return overdueLoanIds(businessDate, afterId, limit, Shard.ALL);
    }

    /** The emi-overdue reader's next page of its share's loan ids after {@code afterId}. */
    public List<Long> overdueLoanIds(LocalDate businessDate, long afterId, int limit, Shard shard) {
        return loans.loansWithOverdueInstallments(businessDate, afterId, limit, shard);
    }

    /** The fd-maturity reader's next page of FD ids after {@code afterId}. */
    public List<Long> maturedFdIds(LocalDate businessDate, long afterId, int limit) {
        return maturedFdIds(businessDate, afterId, limit, Shard.ALL);
    }

    /** The fd-maturity reader's next page of its share's FD ids after {@code afterId}. */
    public List<Long> maturedFdIds(LocalDate businessDate, long afterId, int limit, Shard shard) {
        return deposits.maturedIds(businessDate, afterId, limit, shard);
    }

    /** How many items the job has done for the date (all runs and restarts together). */
    public long doneCount(NightlyJob job, LocalDate businessDate) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM batch_item_done WHERE job_name = ? AND business_date = ?")
                .setParameter(1, job.jobName()).setParameter(2, businessDate).getSingleResult()).longValue();
    }
}
