package org.coopbank.batch.standing;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.batch.support.IdPageReader;
import org.coopbank.nightly.StandingItems;

/** Ids of active standing instructions with work on the business date. */
@Named
@Dependent
public class StandingInstructionReader extends IdPageReader {

    @Inject
    StandingItems items;

    @Override
    protected List<Long> fetch(LocalDate date, long afterId, int limit) {
        return items.ids(date, afterId, limit);
    }

    @Override
    protected long count(LocalDate date, long afterId) {
        return items.count(date, afterId);
    }
}
