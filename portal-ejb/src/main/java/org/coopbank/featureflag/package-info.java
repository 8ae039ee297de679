/**
 * Feature flags and gradual rollout (table {@code feature_flag}, migration V11; seeded: {@code portal} = ON).
 *
 * <p>A flag is OFF (nobody), ON (everybody) or PERCENT (a stable share of customers). For PERCENT, a customer's
 * bucket is {@code floorMod(first 4 bytes of SHA-256(key + ":" + customerId) as a big-endian int, 100)}
 * ({@link org.coopbank.featureflag.Rollout#bucket}); the flag is on when the bucket is below the percent. So a customer
 * keeps the same answer on every request and every server, raising the percent only adds customers, and each flag
 * picks its own share. Flags are defined by migrations; the superadmin only switches them.
 *
 * <p>API of {@link org.coopbank.featureflag.FeatureFlags} (a {@code @Stateless} EJB; inject it):
 * <ul>
 * <li>{@code boolean isEnabledFor(String key, long customerId)}: for a signed-in customer, e.g. the portal's check on
 * every request: {@code flags.isEnabledFor(FeatureFlags.PORTAL, actor.customerId())}. Cheap: the flags are cached on
 * each server for at most 5 s ({@link org.coopbank.featureflag.FlagCache}), no transaction is started, and the
 * answer is one SHA-256 of a short string. An unknown key answers {@code false} (logged once).</li>
 * <li>{@code boolean isEnabled(String key)}: for checks without a customer (a public page, a batch job): true for ON,
 * or PERCENT at 100; false otherwise, and for an unknown key.</li>
 * <li>{@code List<FeatureFlagRow> list()}: every flag as a record, read from the database (not the cache).</li>
 * <li>{@code FeatureFlagRow change(String key, FlagMode mode, int percent, Actor actor)}: superadmin only
 * ({@code forbidden} otherwise); percent 0–100 ({@code validation-failed}); OFF stores 0 and ON 100; unknown key
 * {@code not-found}. Audited as {@code feature-flag.change} (entity {@code FeatureFlag}, id = key) with mode and
 * percent before and after. This server's cache is dropped when the transaction ends; other servers follow within 5 s.</li>
 * <li>{@code RolloutPreview preview(String key, FlagMode mode, int percent, Actor actor)}: superadmin only, changes
 * nothing: how many of the customers who can sign in to the portal (ACTIVE, with a password) the flag would be on
 * for, for the review step of the superadmin's screen.</li>
 * </ul>
 */
package org.coopbank.featureflag;
