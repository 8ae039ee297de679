package org.coopbank.nightly;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.standing.StandingInstructionService;

/**
 * standing-instructions: one instruction's work for the business date ({@link StandingInstructionService#execute}),
 * in a transaction of its own as of that date, with the key {@code si:<id>} for the date.
 */
@Stateless
public class StandingItems {

    @Inject
    BusinessClock clock;

    @Inject
    StandingInstructionService instructions;

    @Inject
    ItemKeys keys;

    public List<Long> ids(LocalDate businessDate, long afterId, int limit) {
        return instructions.dueIds(businessDate, afterId, limit);
    }

    public long count(LocalDate businessDate, long afterId) {
        return instructions.countDue(businessDate, afterId);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String execute(LocalDate businessDate, long instructionId) {
        return clock.asOf(businessDate, () -> {
            String key = "si:" + instructionId;
            if (keys.isDone(NightlyJob.STANDING_INSTRUCTIONS, key, businessDate)) {
                return null;
            }
            String outcome = instructions.execute(instructionId, Actor.system(NightlyJob.STANDING_INSTRUCTIONS.jobName()));
            keys.markDone(NightlyJob.STANDING_INSTRUCTIONS, key, businessDate, outcome);
            return outcome;
        });
    }
}
