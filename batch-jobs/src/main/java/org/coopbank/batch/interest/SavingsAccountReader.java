package org.coopbank.batch.interest;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.batch.support.IdPageReader;
import org.coopbank.nightly.InterestItems;

/** Ids of active savings accounts opened by the quarter-end business date. */
@Named
@Dependent
public class SavingsAccountReader extends IdPageReader {

    @Inject
    InterestItems items;

    @Override
    protected List<Long> fetch(LocalDate date, long afterId, int limit) {
        return items.ids(date, afterId, limit);
    }

    @Override
    protected long count(LocalDate date, long afterId) {
        return items.count(date, afterId);
    }
}
