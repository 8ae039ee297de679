package org.coopbank.featureflag;

/**
 * What switching a flag would do, for the review step: of the {@code portalCustomers} customers who can sign in to
 * the portal today (ACTIVE, with a password), {@code customersOn} would have the flag on.
 */
public record RolloutPreview(String key, FlagMode currentMode, int currentPercent, FlagMode mode, int percent,
                             long customersOn, long portalCustomers) {
}
