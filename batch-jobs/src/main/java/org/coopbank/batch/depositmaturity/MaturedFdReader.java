package org.coopbank.batch.depositmaturity;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coopbank.batch.support.IdPageReader;
import org.coopbank.nightly.NightlyItems;

/** Ids of ACTIVE FDs whose maturity date is on or before the business date; the refused (frozen account) marked. */
@Named
@Dependent
public class MaturedFdReader extends IdPageReader {

    @Inject
    NightlyItems items;

    @Override
    protected List<Long> fetch(LocalDate date, long afterId, int limit) {
        return items.maturedFdIds(date, afterId, limit, shard());
    }

    @Override
    protected Map<Long, String> refusals(LocalDate date, List<Long> ids) {
        return items.fdRefusals(date, ids);
    }
}
