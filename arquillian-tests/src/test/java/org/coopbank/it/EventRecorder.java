package org.coopbank.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.ArrayDeque;
import java.util.List;
import org.coopbank.ledger.MoneyPosted;

/**
 * Test-only: sees MoneyPosted only after the posting's transaction committed. Keeps the latest {@value #KEPT} events
 * only: every test deployment has this observer, the benchmarks' included, and a list of every posting of a 100,000-item
 * nightly run (a copy-on-write list copied itself on each one) cost the server more than the job.
 */
@ApplicationScoped
public class EventRecorder {

    static final int KEPT = 1_000;

    private final ArrayDeque<MoneyPosted> committed = new ArrayDeque<>();

    /** The latest committed postings' events, oldest first (a copy). */
    public synchronized List<MoneyPosted> committed() {
        return List.copyOf(committed);
    }

    public synchronized void clear() {
        committed.clear();
    }

    synchronized void onPosted(@Observes(during = TransactionPhase.AFTER_SUCCESS) MoneyPosted event) {
        if (committed.size() == KEPT) {
            committed.removeFirst();
        }
        committed.addLast(event);
    }
}
