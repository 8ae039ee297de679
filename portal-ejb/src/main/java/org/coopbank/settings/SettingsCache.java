package org.coopbank.settings;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The settings' committed values as last read, each kept for {@link #TTL_NANOS} (5 seconds), so a request does not
 * read the same setting from the database again and again (a bearer token's check read two settings on every API
 * call: two of its three queries). A change through {@link SettingsService#change} evicts its key on this server
 * when its transaction ends (and the changing transaction itself reads past the cache); another server sharing the
 * database sees the change within the 5 seconds.
 */
@ApplicationScoped
public class SettingsCache {

    static final long TTL_NANOS = 5_000_000_000L;

    private record Entry(String value, long readAt) {
    }

    private final ConcurrentHashMap<String, Entry> values = new ConcurrentHashMap<>();

    Optional<String> get(String key) {
        Entry e = values.get(key);
        if (e == null || System.nanoTime() - e.readAt() > TTL_NANOS) {
            return Optional.empty();
        }
        return Optional.of(e.value());
    }

    void put(String key, String value, long readAt) {
        values.put(key, new Entry(value, readAt));
    }

    void evict(String key) {
        values.remove(key);
    }
}
