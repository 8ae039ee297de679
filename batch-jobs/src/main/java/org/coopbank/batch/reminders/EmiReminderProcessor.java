package org.coopbank.batch.reminders;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coopbank.batch.support.BusinessDates;
import org.coopbank.batch.support.ItemResult;
import org.coopbank.batch.support.TestFaults;
import org.coopbank.nightly.ReminderItems;

/** Queues one instalment's reminder in its own transaction with its key; already sent: filtered out (null). */
@Named
@Dependent
public class EmiReminderProcessor implements ItemProcessor {

    @Inject
    ReminderItems items;

    @Inject
    @BatchProperty(name = "businessDate")
    String businessDate;

    @Override
    public Object processItem(Object item) {
        long id = (Long) item;
        TestFaults.check("emi-reminders", id);
        String outcome = items.remind(BusinessDates.parse(businessDate), id);
        return outcome == null ? null : new ItemResult(id, outcome);
    }
}
