package org.coopbank.batch.disbursement;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.batch.support.IdPageReader;
import org.coopbank.nightly.DisbursementItems;

/** Ids of loans approved by the business date and not yet disbursed. */
@Named
@Dependent
public class ApprovedLoanReader extends IdPageReader {

    @Inject
    DisbursementItems items;

    @Override
    protected List<Long> fetch(LocalDate date, long afterId, int limit) {
        return items.ids(date, afterId, limit);
    }

    @Override
    protected long count(LocalDate date, long afterId) {
        return items.count(date, afterId);
    }
}
