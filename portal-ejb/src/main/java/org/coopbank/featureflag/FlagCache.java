package org.coopbank.featureflag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * This server's copy of all flags (a handful of rows), read again at most every {@link #TTL_NANOS} (5 s), so the
 * portal can ask on every request without a query each time. A change made on this server drops the copy as soon as
 * its transaction ends; other servers of a cluster see it within 5 s.
 */
@ApplicationScoped
public class FlagCache {

    static final long TTL_NANOS = 5_000_000_000L;

    private record Snapshot(Map<String, FeatureFlagRow> flags, long loadedAt) {
    }

    private volatile Snapshot snapshot;

    Map<String, FeatureFlagRow> flags(Supplier<List<FeatureFlagRow>> loader) {
        Snapshot s = snapshot;
        long now = System.nanoTime();
        if (s == null || now - s.loadedAt() > TTL_NANOS) {
            s = new Snapshot(loader.get().stream().collect(Collectors.toUnmodifiableMap(FeatureFlagRow::key,
                    Function.identity())), now);
            snapshot = s;
        }
        return s.flags();
    }

    void dropAfterChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) FlagChanged changed) {
        snapshot = null;
    }
}
