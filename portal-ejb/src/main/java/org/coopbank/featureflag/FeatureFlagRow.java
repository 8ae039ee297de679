package org.coopbank.featureflag;

import java.time.Instant;

/** A feature flag as screens and callers see it (read model). {@code percent} is 0 for OFF and 100 for ON. */
public record FeatureFlagRow(String key, FlagMode mode, int percent, String description, String updatedBy,
                             Instant updatedAt, long version) {

    /** Whether the flag is on for the customer ({@link Rollout}). */
    public boolean isOnFor(long customerId) {
        return Rollout.isOn(mode, percent, key, customerId);
    }

    /** On for everybody: ON, or PERCENT at 100. */
    public boolean isOnForAll() {
        return mode == FlagMode.ON || (mode == FlagMode.PERCENT && percent >= 100);
    }
}
