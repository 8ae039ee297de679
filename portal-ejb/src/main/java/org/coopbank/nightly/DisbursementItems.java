package org.coopbank.nightly;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.loan.Loan;
import org.coopbank.loan.LoanService;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;

/**
 * loan-disbursement: one APPROVED loan disbursed ({@link LoanService#disburse}: principal credited to the loan's own
 * account, debit 1300 / credit 20x0, EMI schedule from the business date), in a transaction of its own as of the
 * business date, with the key {@code loan:<id>} for the date. The loan's row lock and its APPROVED → DISBURSED check
 * make a second disbursement impossible whatever the key's date; the key makes a restart find the item done. A
 * refusal (the loan no longer APPROVED, its account frozen or closed) is a {@code BusinessException}: the job skips
 * and logs it.
 * <p>
 * <b>Payouts (extension point).</b> A disbursement paid out to the customer's external bank account goes through
 * {@code org.coopbank.payout.PayoutService}, which is being built separately and is not in this code base yet. When it
 * lands, {@link #disburse} is the one place to branch: a loan carrying a payout instruction is handed to the payout
 * service (debit 1300, credit 2200 payout clearing, its status followed until processed) instead of
 * {@link #toOwnAccount}; the key and the transaction stay as they are.
 */
@Stateless
public class DisbursementItems {

    @Inject
    BusinessClock clock;

    @Inject
    LoanService loans;

    @Inject
    ItemKeys keys;

    public List<Long> ids(LocalDate businessDate, long afterId, int limit) {
        return loans.approvedIds(businessDate, afterId, limit);
    }

    public long count(LocalDate businessDate, long afterId) {
        return loans.countApproved(businessDate, afterId);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String disburse(LocalDate businessDate, long loanId) {
        return clock.asOf(businessDate, () -> {
            String key = "loan:" + loanId;
            if (keys.isDone(NightlyJob.LOAN_DISBURSEMENT, key, businessDate)) {
                return null;
            }
            // extension point: a payout instruction on the loan would route to PayoutService here (see above)
            String outcome = toOwnAccount(loanId);
            keys.markDone(NightlyJob.LOAN_DISBURSEMENT, key, businessDate, outcome);
            return outcome;
        });
    }

    private String toOwnAccount(long loanId) {
        Loan loan = loans.disburse(loanId, Actor.system(NightlyJob.LOAN_DISBURSEMENT.jobName()));
        return "disbursed " + loan.principal() + " to " + loan.account().maskedNumber();
    }
}
