package org.coopbank.batch.overdue;

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
 * Charges one loan's penal interest up to the business date ({@code LoanService.chargePenalInterest} in its own
 * transaction with the item's idempotency key); an item already done for the date is filtered out (null).
 */
@Named
@Dependent
public class PenalInterestProcessor implements ItemProcessor {

    @Inject
    NightlyItems items;

    @Inject
    @BatchProperty(name = "businessDate")
    String businessDate;

    @Override
    public Object processItem(Object item) {
        long loanId = (Long) item;
        TestFaults.check("emi-overdue", loanId);
        String outcome = items.chargeOverdue(BusinessDates.parse(businessDate), loanId);
        return outcome == null ? null : new ItemResult(loanId, outcome);
    }
}
