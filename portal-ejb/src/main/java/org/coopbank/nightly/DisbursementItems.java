package org.coopbank.nightly;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.loan.Loan;
import org.coopbank.loan.LoanService;
import org.coopbank.payout.LinkedAccounts;
import org.coopbank.payout.PayoutService;
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
 * <b>Payouts.</b> A loan applied for with the instruction "pay out to the customer's bank account elsewhere"
 * ({@code loan.payout_to_external}, V27) whose customer has an ACTIVE linked bank account is disbursed through
 * {@link PayoutService#payLoanDisbursement} instead (debit 1300, credit 2200 payout clearing; the gateway asked after
 * the item commits, its status followed by the payout webhooks; a reversal credits the loan's own account). Without a
 * linked account by then it is disbursed to its own account, as the FD maturity does. The key and the transaction stay
 * as they are.
 */
@Stateless
public class DisbursementItems {

    @Inject
    BusinessClock clock;

    @Inject
    LoanService loans;

    @Inject
    ItemKeys keys;

    @Inject
    PayoutService payouts;

    @Inject
    LinkedAccounts linkedAccounts;

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
            Loan loan = loans.get(loanId);
            String outcome = loan.payoutToExternal() && linkedAccounts.active(loan.customer().id()).isPresent()
                    ? "PAID_OUT payout " + payouts.payLoanDisbursement(loanId, businessDate,
                            Actor.system(NightlyJob.LOAN_DISBURSEMENT.jobName())).id()
                    : toOwnAccount(loanId);
            keys.markDone(NightlyJob.LOAN_DISBURSEMENT, key, businessDate, outcome);
            return outcome;
        });
    }

    private String toOwnAccount(long loanId) {
        Loan loan = loans.disburse(loanId, Actor.system(NightlyJob.LOAN_DISBURSEMENT.jobName()));
        return "disbursed " + loan.principal() + " to " + loan.account().maskedNumber();
    }
}
