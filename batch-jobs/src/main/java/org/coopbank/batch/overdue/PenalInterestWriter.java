package org.coopbank.batch.overdue;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.batch.support.ChunkWriter;
import org.coopbank.nightly.NightlyItems;
import org.coopbank.nightly.NightlyItems.ItemOutcome;

/** Charges the chunk's loans their penal interest in the chunk's transaction ({@code NightlyItems.chargeOverdue}). */
@Named
@Dependent
public class PenalInterestWriter extends ChunkWriter {

    @Inject
    NightlyItems items;

    @Override
    protected List<ItemOutcome> write(LocalDate date, List<Long> ids) {
        return items.chargeOverdue(date, ids);
    }
}
