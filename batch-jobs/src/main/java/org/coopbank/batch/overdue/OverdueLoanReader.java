package org.coopbank.batch.overdue;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.batch.support.IdPageReader;
import org.coopbank.nightly.NightlyItems;

/** Ids of disbursed loans with an instalment unpaid past due date plus grace, as of the business date. */
@Named
@Dependent
public class OverdueLoanReader extends IdPageReader {

    @Inject
    NightlyItems items;

    @Override
    protected List<Long> fetch(LocalDate date, long afterId, int limit) {
        return items.overdueLoanIds(date, afterId, limit, shard());
    }
}
