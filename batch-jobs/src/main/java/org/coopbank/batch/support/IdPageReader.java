package org.coopbank.batch.support;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads the ids a nightly job works on, in id order, a page at a time. The checkpoint is the last id handed out
 * (not a position in a list): items done before a failure drop out of the query (or are found done by their
 * idempotency key), so a restart resumes after the last committed chunk whatever the list looks like by then.
 */
public abstract class IdPageReader extends AbstractItemReader {

    private static final int PAGE = 500;

    @Inject
    @BatchProperty(name = "businessDate")
    String businessDate;

    private LocalDate date;
    private long lastRead;
    private long fetchedUpTo;
    private boolean exhausted;
    private final Deque<Long> page = new ArrayDeque<>();

    /** The next page of at most {@code limit} ids above {@code afterId}, as of {@code date}. */
    protected abstract List<Long> fetch(LocalDate date, long afterId, int limit);

    @Override
    public void open(Serializable checkpoint) {
        date = BusinessDates.parse(businessDate);
        lastRead = checkpoint == null ? 0L : (Long) checkpoint;
        fetchedUpTo = lastRead;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            List<Long> ids = fetch(date, fetchedUpTo, PAGE);
            page.addAll(ids);
            exhausted = ids.size() < PAGE;
            if (!ids.isEmpty()) {
                fetchedUpTo = ids.get(ids.size() - 1);
            }
        }
        Long next = page.poll();
        if (next != null) {
            lastRead = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRead;
    }
}
