package org.coopbank.batch.depositmaturity;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.coopbank.batch.support.RefusedItem;
import org.coopbank.batch.support.TestFaults;

/**
 * Passes each FD id on to the chunk's writer ({@link FdMaturityWriter}), which does the whole chunk in the chunk's
 * transaction; an FD the reader found refused (its linked account frozen or closed) is skipped here with its reason
 * and stays ACTIVE for the next run. Asks the database nothing.
 */
@Named
@Dependent
public class FdMaturityProcessor implements ItemProcessor {

    @Override
    public Object processItem(Object item) {
        if (item instanceof RefusedItem refused) {
            throw refused.skip();
        }
        long fdId = (Long) item;
        TestFaults.check("fd-maturity", fdId);
        return fdId;
    }
}
