package org.coopbank.batch.disbursement;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coopbank.batch.support.BusinessDates;
import org.coopbank.batch.support.ItemResult;
import org.coopbank.batch.support.TestFaults;
import org.coopbank.nightly.DisbursementItems;

/** Disburses one approved loan in its own transaction with its key; already done: filtered out (null). */
@Named
@Dependent
public class DisbursementProcessor implements ItemProcessor {

    @Inject
    DisbursementItems items;

    @Inject
    @BatchProperty(name = "businessDate")
    String businessDate;

    @Override
    public Object processItem(Object item) {
        long id = (Long) item;
        TestFaults.check("loan-disbursement", id);
        String outcome = items.disburse(BusinessDates.parse(businessDate), id);
        return outcome == null ? null : new ItemResult(id, outcome);
    }
}
