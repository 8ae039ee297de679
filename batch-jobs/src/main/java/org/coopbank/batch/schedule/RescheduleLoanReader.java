package org.coopbank.batch.schedule;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.batch.support.IdPageReader;
import org.coopbank.nightly.ScheduleItems;

/** Ids of disbursed loans with a pending rate change effective by the business date, or with no schedule. */
@Named
@Dependent
public class RescheduleLoanReader extends IdPageReader {

    @Inject
    ScheduleItems items;

    @Override
    protected List<Long> fetch(LocalDate date, long afterId, int limit) {
        return items.ids(date, afterId, limit);
    }

    @Override
    protected long count(LocalDate date, long afterId) {
        return items.count(date, afterId);
    }
}
