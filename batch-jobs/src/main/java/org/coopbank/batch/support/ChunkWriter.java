package org.coopbank.batch.support;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coopbank.nightly.NightlyItems.ItemOutcome;

/**
 * A writer that does the chunk's whole work in the chunk's transaction (JBeret's, which the EJB joins): the items
 * locked together, posted in JDBC batches and their idempotency keys inserted together, committed with the chunk.
 * An item refused under the locks (changed since the reader looked) is left for the next run and logged; any other
 * failure rolls the chunk back and fails the step, restartable from the last committed chunk.
 */
public abstract class ChunkWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(ChunkWriter.class.getName());

    @Inject
    StepContext step;

    @Inject
    @BatchProperty(name = "businessDate")
    String businessDate;

    /** Does the chunk's items (ids, in read order) as of {@code date}, in the caller's transaction. */
    protected abstract List<ItemOutcome> write(LocalDate date, List<Long> ids);

    @Override
    public void writeItems(List<Object> chunk) {
        List<Long> ids = chunk.stream().map(Long.class::cast).toList();
        for (ItemOutcome o : write(BusinessDates.parse(businessDate), ids)) {
            if (o.refusal() != null) {
                LOG.warning(step.getStepName() + " left item " + o.id() + " for the next run: " + o.refusal());
            } else if (LOG.isLoggable(Level.FINE)) {
                LOG.fine(step.getStepName() + " item " + o.id() + ": " + (o.outcome() == null ? "done before" : o.outcome()));
            }
        }
    }
}
