package org.coopbank.batch.depositmaturity;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.batch.support.ChunkWriter;
import org.coopbank.nightly.NightlyItems;
import org.coopbank.nightly.NightlyItems.ItemOutcome;

/** Matures the chunk's FDs in the chunk's transaction ({@code NightlyItems.matureFds}). */
@Named
@Dependent
public class FdMaturityWriter extends ChunkWriter {

    @Inject
    NightlyItems items;

    @Override
    protected List<ItemOutcome> write(LocalDate date, List<Long> ids) {
        return items.matureFds(date, ids);
    }
}
