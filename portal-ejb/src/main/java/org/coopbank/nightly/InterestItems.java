package org.coopbank.nightly;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.account.DailyBalanceInterest;
import org.coopbank.account.SavingsInterest;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.Money;

/**
 * interest-posting: one savings account's quarterly interest ({@link SavingsInterest#post}), in a transaction of its
 * own as of the quarter-end business date, with the key {@code acct:<id>:<yyyy>Q<n>} (dated the quarter end).
 */
@Stateless
public class InterestItems {

    @Inject
    BusinessClock clock;

    @Inject
    SavingsInterest interest;

    @Inject
    ItemKeys keys;

    public List<Long> ids(LocalDate quarterEnd, long afterId, int limit) {
        return interest.accountIds(quarterEnd, afterId, limit);
    }

    public long count(LocalDate quarterEnd, long afterId) {
        return interest.countAccounts(quarterEnd, afterId);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String post(LocalDate quarterEnd, long accountId) {
        return clock.asOf(quarterEnd, () -> {
            String key = "acct:" + accountId + ":" + DailyBalanceInterest.quarterName(quarterEnd);
            if (keys.isDone(NightlyJob.INTEREST_POSTING, key, quarterEnd)) {
                return null;
            }
            Money credited = interest.post(accountId, quarterEnd, Actor.system(NightlyJob.INTEREST_POSTING.jobName()));
            String outcome = credited.isPositive() ? "interest " + credited : "no interest";
            keys.markDone(NightlyJob.INTEREST_POSTING, key, quarterEnd, outcome);
            return outcome;
        });
    }
}
