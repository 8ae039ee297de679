package org.coopbank.featureflag;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.coopbank.audit.AuditService;
import org.coopbank.customer.CustomerStatus;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.InputGuard;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.Validation;
import org.coopbank.staff.StaffRole;

/** Feature flags: the checks (cheap, cached for 5 s), the list, and the superadmin's switch with its preview. */
@Stateless
@Interceptors(InputGuard.class)
public class FeatureFlags {

    private static final Logger LOG = Logger.getLogger(FeatureFlags.class.getName());
    private static final Set<String> UNKNOWN_REPORTED = ConcurrentHashMap.newKeySet();

    /** The customer portal's flag (seeded ON by migration V11). */
    public static final String PORTAL = "portal";

    @PersistenceContext
    EntityManager em;

    @Inject
    FlagCache cache;

    @Inject
    AuditService audit;

    @Inject
    BusinessClock clock;

    @Inject
    Event<FlagChanged> changed;

    /**
     * Is flag {@code key} on for this customer? OFF: no; ON: yes; PERCENT: when the customer's bucket
     * ({@link Rollout#bucket}) is below the percent. An unknown key is off (logged once).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isEnabledFor(String key, long customerId) {
        FeatureFlagRow f = find(key);
        return f != null && f.isOnFor(customerId);
    }

    /** Is flag {@code key} on for everybody (ON, or PERCENT at 100)? For checks without a customer. Unknown: off. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isEnabled(String key) {
        FeatureFlagRow f = find(key);
        return f != null && f.isOnForAll();
    }

    /** Every flag, by key, as stored now (not from the cache). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FeatureFlagRow> list() {
        return em.createQuery("""
                SELECT new org.coopbank.featureflag.FeatureFlagRow(f.key, f.mode, f.percent, f.description, f.updatedBy,
                       f.updatedAt, f.version)
                FROM FeatureFlag f ORDER BY f.key""", FeatureFlagRow.class).getResultList();
    }

    /**
     * Switches a flag (superadmin only): OFF, ON, or PERCENT with 0–100 (OFF stores 0, ON 100). Audited with the
     * mode and percent before and after; this server's checks see it at once, others within 5 s.
     */
    public FeatureFlagRow change(String key, FlagMode mode, int percent, Actor actor) {
        actor.requireStaff(StaffRole.SUPERADMIN);
        Validation.range(percent, "percent", 0, 100);
        FeatureFlag f = em.find(FeatureFlag.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (f == null) {
            throw new NotFoundException("Feature flag " + key + " not found");
        }
        Map<String, Object> before = Map.of("mode", f.mode().name(), "percent", f.percent());
        f.change(mode, percent, actor.name(), clock.now());
        audit.record(actor, "feature-flag.change", "FeatureFlag", key, before,
                Map.of("mode", f.mode().name(), "percent", f.percent()));
        changed.fire(new FlagChanged(key));
        em.flush();
        return row(key);
    }

    /**
     * What {@link #change} would do (superadmin only), changing nothing: how many of the customers who can sign in to
     * the portal today (ACTIVE, with a password) would have the flag on.
     */
    public RolloutPreview preview(String key, FlagMode mode, int percent, Actor actor) {
        actor.requireStaff(StaffRole.SUPERADMIN);
        Validation.range(percent, "percent", 0, 100);
        FeatureFlagRow now = row(key);
        int p = Rollout.effectivePercent(mode, percent);
        long on = 0;
        long all = 0;
        try (var ids = em.createQuery("SELECT c.id FROM Customer c WHERE c.status = :s AND c.passwordHash IS NOT NULL",
                Long.class).setParameter("s", CustomerStatus.ACTIVE).getResultStream()) {
            for (var it = ids.iterator(); it.hasNext(); ) {
                all++;
                if (Rollout.isOn(mode, p, key, it.next())) {
                    on++;
                }
            }
        }
        return new RolloutPreview(key, now.mode(), now.percent(), mode, p, on, all);
    }

    private FeatureFlagRow row(String key) {
        return list().stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("Feature flag " + key + " not found"));
    }

    private FeatureFlagRow find(String key) {
        FeatureFlagRow f = cache.flags(this::list).get(key);
        if (f == null && key.length() <= 60 && UNKNOWN_REPORTED.size() < 100 && UNKNOWN_REPORTED.add(key)) {
            LOG.warning("Feature flag " + key + " is not defined: treated as off");
        }
        return f;
    }
}
