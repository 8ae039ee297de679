package org.coopbank.batch.schedule;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coopbank.batch.support.BusinessDates;
import org.coopbank.batch.support.ItemResult;
import org.coopbank.batch.support.TestFaults;
import org.coopbank.nightly.ScheduleItems;

/** Rebuilds (or builds) one loan's schedule in its own transaction with its key; already done: filtered out (null). */
@Named
@Dependent
public class ScheduleProcessor implements ItemProcessor {

    @Inject
    ScheduleItems items;

    @Inject
    @BatchProperty(name = "businessDate")
    String businessDate;

    @Override
    public Object processItem(Object item) {
        long id = (Long) item;
        TestFaults.check("emi-schedule", id);
        String outcome = items.rebuild(BusinessDates.parse(businessDate), id);
        return outcome == null ? null : new ItemResult(id, outcome);
    }
}
