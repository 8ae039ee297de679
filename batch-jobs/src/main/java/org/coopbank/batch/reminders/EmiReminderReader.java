package org.coopbank.batch.reminders;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.batch.support.IdPageReader;
import org.coopbank.nightly.ReminderItems;

/** Ids of unpaid instalments of disbursed loans falling due in the reminder days, or overdue, as of the date. */
@Named
@Dependent
public class EmiReminderReader extends IdPageReader {

    @Inject
    ReminderItems items;

    @Override
    protected List<Long> fetch(LocalDate date, long afterId, int limit) {
        return items.ids(date, afterId, limit);
    }

    @Override
    protected long count(LocalDate date, long afterId) {
        return items.count(date, afterId);
    }
}
