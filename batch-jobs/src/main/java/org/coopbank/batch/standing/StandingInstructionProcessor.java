package org.coopbank.batch.standing;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coopbank.batch.support.BusinessDates;
import org.coopbank.batch.support.ItemResult;
import org.coopbank.batch.support.TestFaults;
import org.coopbank.nightly.StandingItems;

/** Carries out one standing instruction for the date in its own transaction with its key; already done: filtered out (null). */
@Named
@Dependent
public class StandingInstructionProcessor implements ItemProcessor {

    @Inject
    StandingItems items;

    @Inject
    @BatchProperty(name = "businessDate")
    String businessDate;

    @Override
    public Object processItem(Object item) {
        long id = (Long) item;
        TestFaults.check("standing-instructions", id);
        String outcome = items.execute(BusinessDates.parse(businessDate), id);
        return outcome == null ? null : new ItemResult(id, outcome);
    }
}
