package org.coopbank.nightly;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.loan.LoanRateChange;
import org.coopbank.loan.RateChanges;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;

/**
 * emi-schedule: one loan's schedule rebuilt for its pending rate change ({@link RateChanges#rebuild}), or built when
 * a disbursed loan has none, in a transaction of its own as of the business date. Key: {@code loan:<id>:rc:<change
 * id>} dated the change's effective date (once per loan and rate change, whatever the run date), or
 * {@code loan:<id>:schedule} for a missing schedule (once: the loan then has instalments). The change is also stamped
 * applied in the same transaction, so later runs do not read it again.
 */
@Stateless
public class ScheduleItems {

    @Inject
    BusinessClock clock;

    @Inject
    RateChanges rateChanges;

    @Inject
    ItemKeys keys;

    public List<Long> ids(LocalDate businessDate, long afterId, int limit) {
        return rateChanges.loanIds(businessDate, afterId, limit);
    }

    public long count(LocalDate businessDate, long afterId) {
        return rateChanges.countLoans(businessDate, afterId);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String rebuild(LocalDate businessDate, long loanId) {
        return clock.asOf(businessDate, () -> {
            List<LoanRateChange> pending = rateChanges.pending(loanId, businessDate);
            LoanRateChange latest = pending.isEmpty() ? null : pending.get(pending.size() - 1);
            String key = latest == null ? "loan:" + loanId + ":schedule" : "loan:" + loanId + ":rc:" + latest.id();
            LocalDate keyDate = latest == null ? businessDate : latest.effectiveOn();
            if (keys.isDone(NightlyJob.EMI_SCHEDULE, key, keyDate)) {
                return null;
            }
            String outcome = rateChanges.rebuild(loanId, Actor.system(NightlyJob.EMI_SCHEDULE.jobName()));
            keys.markDone(NightlyJob.EMI_SCHEDULE, key, keyDate, outcome);
            return outcome;
        });
    }
}
