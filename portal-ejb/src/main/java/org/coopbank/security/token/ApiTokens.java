package org.coopbank.security.token;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.coopbank.customer.Customer;
import org.coopbank.settings.SettingsService;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;

/**
 * Bearer tokens of the customer API. A token is 32 bytes of {@link SecureRandom} in base64url (43 characters), given
 * to the client once; the database keeps only its SHA-256 (hex), so a copy of the table signs nobody in.
 *
 * <p>Lifetime (settings): a token expires after {@code security.api.token-idle-seconds} (default 600, the portal's idle
 * timeout) without a request, each request starting that time again (written at most every {@link #touchStep}), and
 * in any case {@code security.api.token-max-seconds} (default 8 hours) after sign-in. Times are wall-clock instants
 * ({@link BusinessClock#now()}), not the business date. Sign-out revokes the token; {@link #revokeAll} every token of
 * a customer. A token of a customer who is no longer ACTIVE with portal access is refused.
 */
@Stateless
public class ApiTokens {

    public static final String IDLE_SECONDS = SettingsService.API_TOKEN_IDLE_SECONDS;
    public static final String MAX_SECONDS = SettingsService.API_TOKEN_MAX_SECONDS;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    @PersistenceContext
    EntityManager em;

    @Inject
    SettingsService settings;

    @Inject
    BusinessClock clock;

    /** A new token for {@code customerId}, who has just proved who they are (password, later OTP). */
    public IssuedToken issue(long customerId, String clientAddress, String userAgent) {
        Customer c = em.find(Customer.class, customerId);
        if (c == null || !c.hasPortalAccess()) {
            throw new IllegalStateException("A token is issued only to a customer with portal access");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.now();
        ApiToken t = new ApiToken(c, hash(raw), now, now, clientAddress, userAgent);
        t.touch(now, idleSeconds(), maxSeconds());
        em.persist(t);
        return new IssuedToken(raw, t.expiresAt());
    }

    /**
     * The customer a presented token stands for, or empty if it is malformed, unknown, expired, revoked, or its customer
     * may no longer use the portal. One look-up by the unique hash; a good token's expiry moves forward (an UPDATE only
     * when it moves by {@link #touchStep} or more).
     */
    public Optional<Actor> authenticate(String rawToken) {
        Optional<ApiToken> found = find(rawToken);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken t = found.get();
        Instant now = clock.now();
        Customer c = t.customer();
        if (!t.usableAt(now) || !c.hasPortalAccess()) {
            return Optional.empty();
        }
        long idle = idleSeconds();
        Instant next = t.nextExpiry(now, idle, maxSeconds());
        if (next.isBefore(t.expiresAt().plus(touchStep(idle)))) {
            // the expiry would move by less than the step: no write on this request (the token is good until expiresAt)
            return Optional.of(Actor.customer(c.customerNumber(), c.id()));
        }
        // an UPDATE of the two columns, only while not revoked: a sign-out at the same instant is never undone
        int moved = em.createQuery("""
                        UPDATE ApiToken t SET t.lastUsedAt = :now, t.expiresAt = :expires
                        WHERE t.id = :id AND t.revokedAt IS NULL AND t.expiresAt > :now""")
                .setParameter("now", now).setParameter("expires", next)
                .setParameter("id", t.id()).executeUpdate();
        if (moved == 0) {
            return Optional.empty();
        }
        return Optional.of(Actor.customer(c.customerNumber(), c.id()));
    }

    /** Sign-out: the token is refused from now on. True if it was a token not yet revoked. */
    public boolean revoke(String rawToken) {
        if (rawToken == null || !SHAPE.matcher(rawToken).matches()) {
            return false;
        }
        return em.createQuery("UPDATE ApiToken t SET t.revokedAt = :now WHERE t.tokenHash = :h AND t.revokedAt IS NULL")
                .setParameter("now", clock.now()).setParameter("h", hash(rawToken)).executeUpdate() > 0;
    }

    /** Every token of the customer is refused from now on (e.g. a password change, a lost phone); returns how many. */
    public int revokeAll(long customerId) {
        return em.createQuery("""
                        UPDATE ApiToken t SET t.revokedAt = :now
                        WHERE t.customer.id = :c AND t.revokedAt IS NULL AND t.expiresAt > :now""")
                .setParameter("now", clock.now()).setParameter("c", customerId).executeUpdate();
    }

    /** Tokens that expired or were revoked before {@code before} are of no further use: deletes them. */
    public int purge(Instant before) {
        return em.createQuery("DELETE FROM ApiToken t WHERE t.expiresAt < :b OR t.revokedAt < :b")
                .setParameter("b", before).executeUpdate();
    }

    /** Nightly: tokens dead for more than a day are deleted (the sign-in log keeps the history). */
    @Schedule(hour = "3", minute = "17", persistent = false)
    void purgeDeadTokens() {
        purge(clock.now().minus(java.time.Duration.ofDays(1)));
    }

    /**
     * The sliding expiry is written only when it moves by at least this much: a tenth of the idle time, at most a
     * minute. A client calling many times a second then costs one UPDATE a minute, not one per call, and an idle token
     * still expires between 90 % and 100 % of the idle time after its last use (9 to 10 minutes by default).
     */
    static java.time.Duration touchStep(long idleSeconds) {
        return java.time.Duration.ofMillis(Math.min(60_000L, idleSeconds * 100L));
    }

    long idleSeconds() {
        return settings.intSetting(IDLE_SECONDS);
    }

    long maxSeconds() {
        return settings.intSetting(MAX_SECONDS);
    }

    private Optional<ApiToken> find(String rawToken) {
        if (rawToken == null || !SHAPE.matcher(rawToken).matches()) {
            return Optional.empty();
        }
        List<ApiToken> rows = em.createQuery(
                        "SELECT t FROM ApiToken t JOIN FETCH t.customer WHERE t.tokenHash = :h", ApiToken.class)
                .setParameter("h", hash(rawToken)).getResultList();
        return rows.stream().findFirst();
    }

    /** SHA-256 of the token, lower-case hex. A token is 256 random bits: no salt or slow hash is needed. */
    static String hash(String rawToken) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(rawToken.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
