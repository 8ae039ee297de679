package org.coopbank.batch.overdue;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.coopbank.batch.support.TestFaults;

/**
 * Passes each loan id on to the chunk's writer ({@link PenalInterestWriter}), which charges the whole chunk in the
 * chunk's transaction. Asks the database nothing.
 */
@Named
@Dependent
public class PenalInterestProcessor implements ItemProcessor {

    @Override
    public Object processItem(Object item) {
        long loanId = (Long) item;
        TestFaults.check("emi-overdue", loanId);
        return loanId;
    }
}
