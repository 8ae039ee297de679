package org.coopbank.batch.depositmaturity;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coopbank.batch.support.BusinessDates;
import org.coopbank.batch.support.ItemResult;
import org.coopbank.batch.support.TestFaults;
import org.coopbank.nightly.NightlyItems;

/**
 * Matures one FD ({@code DepositService.matureOnSchedule}: paid to the linked account, or renewed) in its own
 * transaction with the item's idempotency key; an FD already done for the date is filtered out (null). A business
 * refusal (e.g. the linked account frozen) is skipped with its reason and the FD stays ACTIVE for the next run.
 */
@Named
@Dependent
public class FdMaturityProcessor implements ItemProcessor {

    @Inject
    NightlyItems items;

    @Inject
    @BatchProperty(name = "businessDate")
    String businessDate;

    @Override
    public Object processItem(Object item) {
        long fdId = (Long) item;
        TestFaults.check("fd-maturity", fdId);
        String outcome = items.matureFd(BusinessDates.parse(businessDate), fdId);
        return outcome == null ? null : new ItemResult(fdId, outcome);
    }
}
