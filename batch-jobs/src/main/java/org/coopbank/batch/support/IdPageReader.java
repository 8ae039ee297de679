package org.coopbank.batch.support;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.coopbank.nightly.Shard;

/**
 * Reads the ids a nightly job works on, in id order, a page at a time. The checkpoint is the last id handed out
 * (not a position in a list): items done before a failure drop out of the query (or are found done by their
 * idempotency key), so a restart resumes after the last committed chunk whatever the list looks like by then.
 * An item is its id ({@code Long}), or a {@link RefusedItem} when {@link #refusals} says so.
 */
public abstract class IdPageReader extends AbstractItemReader {

    private static final int PAGE = 500;

    @Inject
    @BatchProperty(name = "businessDate")
    String businessDate;

    /** This step's share of the job's ids (a JSL split's parallel step), 0-based; absent: the whole job. */
    @Inject
    @BatchProperty(name = "shard")
    String shardIndex;

    /** How many shares the job runs in (job parameter {@code shards}, 1 to {@link Shard#MAX}); absent: 1. */
    @Inject
    @BatchProperty(name = "shards")
    String shardCount;

    @Inject
    StepContext step;

    private Shard shard = Shard.ALL;

    private LocalDate date;
    private long lastRead;
    private long fetchedUpTo;
    private boolean exhausted;
    private final Deque<Long> page = new ArrayDeque<>();
    private Map<Long, String> refused = Map.of();

    /** The next page of at most {@code limit} ids above {@code afterId}, as of {@code date}. */
    protected abstract List<Long> fetch(LocalDate date, long afterId, int limit);

    /**
     * The ids of a fetched page that the job would refuse as of {@code date}, with the reason (none by default):
     * they are handed out as {@link RefusedItem}s, which the processor skips, so a refusal never reaches a chunk's
     * transaction.
     */
    protected Map<Long, String> refusals(LocalDate date, List<Long> ids) {
        return Map.of();
    }

    /**
     * How many ids above {@code afterId} there are to read as of {@code date} (-1: not known). Counted when the step
     * (or its restart) opens and kept as the step's persistent user data: the operations screen's progress bar
     * shows the items read against it.
     */
    protected long count(LocalDate date, long afterId) {
        return -1;
    }

    @Override
    public void open(Serializable checkpoint) {
        date = BusinessDates.parse(businessDate);
        shard = shardOf(shardIndex, shardCount);
        lastRead = checkpoint == null ? 0L : (Long) checkpoint;
        fetchedUpTo = lastRead;
        long total = count(date, lastRead);
        if (total >= 0) {
            step.setPersistentUserData(total);
        }
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            List<Long> ids = fetch(date, fetchedUpTo, PAGE);
            page.addAll(ids);
            refused = ids.isEmpty() ? Map.of() : refusals(date, ids);
            exhausted = ids.size() < PAGE;
            if (!ids.isEmpty()) {
                fetchedUpTo = ids.get(ids.size() - 1);
            }
        }
        Long next = page.poll();
        if (next == null) {
            return null;
        }
        lastRead = next;
        String refusal = refused.get(next);
        return refusal == null ? next : new RefusedItem(next, refusal);
    }

    /** The share of the ids this step reads. */
    protected Shard shard() {
        return shard;
    }

    static Shard shardOf(String index, String count) {
        if (index == null || index.isBlank()) {
            return Shard.ALL;
        }
        int of = count == null || count.isBlank() ? 1 : Integer.parseInt(count.trim());
        if (of < 1 || of > Shard.MAX) {
            throw new IllegalArgumentException("job parameter shards must be 1 to " + Shard.MAX + ": " + count);
        }
        return new Shard(Integer.parseInt(index.trim()), of);
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRead;
    }
}
