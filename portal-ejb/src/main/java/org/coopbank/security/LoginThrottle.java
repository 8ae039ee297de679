package org.coopbank.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.coopbank.audit.AuditService;
import org.coopbank.settings.SettingsService;
import org.coopbank.shared.Actor;
import org.coopbank.staff.StaffRole;

/**
 * The sign-in limiter, kept in the database so it holds across restarts and cluster nodes. General over
 * {@link ThrottleKey}s (usernames and client addresses, per scope), so password and OTP sign-in share it.
 * Counting is written in its own transaction ({@code REQUIRES_NEW}): a failed sign-in is counted even when the
 * caller's work rolls back. Limits come from the settings table ({@code security.login.*}).
 */
@Stateless
public class LoginThrottle {

    @PersistenceContext
    EntityManager em;

    @Inject
    SettingsService settings;

    @Inject
    AuditService audit;

    @Inject
    SignInLog log;

    /** The verdict for the next attempt on all {@code keys} together (the strictest wins); counts nothing. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Verdict check(List<ThrottleKey> keys) {
        Instant now = Instant.now();
        Verdict v = Verdict.ALLOWED;
        for (ThrottleKey k : keys) {
            v = v.and(BackOff.verdict(em.find(ThrottleState.class, k.id()), now));
        }
        return v;
    }

    /** Counts one failure against each key (row-locked); answers the verdict for the next attempt. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Verdict recordFailure(List<ThrottleKey> keys) {
        Instant now = Instant.now();
        Verdict v = Verdict.ALLOWED;
        for (ThrottleKey k : keys) {
            ThrottleState s = em.find(ThrottleState.class, k.id(), LockModeType.PESSIMISTIC_WRITE);
            if (s == null) {
                s = new ThrottleState(k);
                em.persist(s);
            }
            v = v.and(BackOff.recordFailure(s, now, policy(k)));
        }
        em.flush();
        return v;
    }

    /** A success forgets the failures of the username keys (not of addresses: one good account must not clear them). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSuccess(List<ThrottleKey> keys) {
        for (ThrottleKey k : keys) {
            if (k.kind() == ThrottleKey.Kind.USERNAME) {
                ThrottleState s = em.find(ThrottleState.class, k.id(), LockModeType.PESSIMISTIC_WRITE);
                if (s != null) {
                    s.reset();
                }
            }
        }
    }

    /** A superadmin lifts any back-off or lock of {@code username} (a staff username or a login mobile), in every scope. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int unlock(String username, Actor superadmin) {
        return unlock(ThrottleKey.Kind.USERNAME, username, superadmin);
    }

    /** A superadmin lifts any back-off or lock of a client address, in every scope. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int unlockAddress(String address, Actor superadmin) {
        return unlock(ThrottleKey.Kind.ADDRESS, address, superadmin);
    }

    /** Keys locked now, for the superadmin's screen. */
    public List<ThrottleState> locked(Actor superadmin) {
        superadmin.requireStaff(StaffRole.SUPERADMIN);
        return em.createQuery("SELECT s FROM ThrottleState s WHERE s.lockedUntil > :now ORDER BY s.lockedUntil",
                ThrottleState.class).setParameter("now", Instant.now()).getResultList();
    }

    private int unlock(ThrottleKey.Kind kind, String value, Actor superadmin) {
        superadmin.requireStaff(StaffRole.SUPERADMIN);
        String normalized = ThrottleKey.username("x", value).value();
        List<ThrottleState> rows = em.createQuery("SELECT s FROM ThrottleState s WHERE s.kind = :k AND s.value = :v",
                ThrottleState.class).setParameter("k", kind).setParameter("v", normalized)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (ThrottleState s : rows) {
            audit.record(superadmin, "sign-in.unlock", "LoginThrottle", s.id(),
                    Map.of("streak", s.streak(), "lockedUntil", String.valueOf(s.lockedUntil())), Map.of("streak", 0));
            s.reset();
            log.record(s.scope(), kind == ThrottleKey.Kind.USERNAME ? s.value() : "",
                    kind == ThrottleKey.Kind.ADDRESS ? s.value() : "", "by " + superadmin, SignInOutcome.UNLOCK);
        }
        return rows.size();
    }

    /**
     * The limits for a key. Password sign-in lets an address fail more often than a username (many customers behind
     * one address); one-time codes ({@link #isCodeScope scopes} of {@code org.coopbank.security.access}) allow an
     * address as few failures as a mobile (DESIGN §3: 5 a minute per mobile and per IP), with the address lockout.
     */
    ThrottlePolicy policy(ThrottleKey key) {
        boolean address = key.kind() == ThrottleKey.Kind.ADDRESS;
        boolean lenientAddress = address && !isCodeScope(key.scope());
        return new ThrottlePolicy(
                settings.intSetting(lenientAddress ? SettingsService.LOGIN_ADDRESS_FREE_FAILURES : SettingsService.LOGIN_FREE_FAILURES),
                Duration.ofSeconds(settings.intSetting(SettingsService.LOGIN_WINDOW_SECONDS)),
                Duration.ofSeconds(settings.intSetting(SettingsService.LOGIN_BACKOFF_BASE_SECONDS)),
                Duration.ofSeconds(settings.intSetting(SettingsService.LOGIN_BACKOFF_MAX_SECONDS)),
                settings.intSetting(address ? SettingsService.LOGIN_ADDRESS_LOCKOUT_THRESHOLD : SettingsService.LOGIN_LOCKOUT_THRESHOLD),
                Duration.ofMinutes(settings.intSetting(SettingsService.LOGIN_LOCKOUT_MINUTES)));
    }

    /** Scopes of one-time codes (verification and sending) end in {@code -otp} or {@code -otp-send}. */
    static boolean isCodeScope(String scope) {
        return scope.endsWith("-otp") || scope.endsWith("-otp-send");
    }
}
