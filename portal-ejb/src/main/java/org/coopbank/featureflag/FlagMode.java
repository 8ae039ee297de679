package org.coopbank.featureflag;

/** How a feature flag decides: nobody, everybody, or a stable share of customers. */
public enum FlagMode {
    /** Off for everyone (percent 0). */
    OFF,
    /** On for everyone (percent 100). */
    ON,
    /** On for the customers whose {@link Rollout#bucket bucket} is below the percent. */
    PERCENT
}
