package org.coopbank.batch.support;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The work of each item is done, and committed with its idempotency key, by the processor (one transaction per
 * item, {@code NightlyItems}); the writer only reports it. The write count of a step is the items it did.
 */
@Named
@Dependent
public class ItemResultWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(ItemResultWriter.class.getName());

    @Inject
    StepContext step;

    @Override
    public void writeItems(List<Object> items) {
        if (LOG.isLoggable(Level.FINE)) {
            for (Object o : items) {
                ItemResult r = (ItemResult) o;
                LOG.fine(step.getStepName() + " item " + r.id() + ": " + r.outcome());
            }
        }
    }
}
