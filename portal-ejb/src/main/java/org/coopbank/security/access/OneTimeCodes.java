package org.coopbank.security.access;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * The {@code one_time_code} table. Every state change is one conditional UPDATE, so two requests racing for one code
 * cannot both use it: {@link #consume} succeeds for exactly one of them.
 */
@Stateless
public class OneTimeCodes {

    /** Wrong tries that kill a code (the throttle limits tries per mobile and address on top). */
    public static final int MAX_ATTEMPTS = 5;

    @PersistenceContext
    EntityManager em;

    /** How long a dead code (expired, used, superseded) is kept before the nightly purge deletes it. */
    public static final Duration KEEP_DEAD = Duration.ofDays(7);

    /** Codes that expired before {@code before} are of no further use: deletes them; returns how many. */
    public int purge(Instant before) {
        return em.createQuery("DELETE FROM OneTimeCode c WHERE c.expiresAt < :b").setParameter("b", before).executeUpdate();
    }

    /** Nightly: codes dead for more than {@link #KEEP_DEAD} are deleted (the sign-in log keeps the history). */
    @Schedule(hour = "3", minute = "21", persistent = false, info = "one-time-code-purge")
    void purgeDeadCodes() {
        purge(Instant.now().minus(KEEP_DEAD));
    }

    /** Stores a new code after superseding the live ones of the same purpose for the same target. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public OneTimeCode issue(CodePurpose purpose, long customerId, String targetMobile, String codeHash, Instant now,
                             String createdBy) {
        OneTimeCode c = new OneTimeCode(purpose, customerId, targetMobile, codeHash, now, createdBy);
        em.persist(c);
        em.flush();
        return c;
    }

    /** Closes the live codes of {@code purpose} sent to {@code mobile} (a newer one replaces them). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int supersede(CodePurpose purpose, String mobile, Instant now) {
        return em.createQuery("""
                        UPDATE OneTimeCode c SET c.usedAt = :now, c.closedReason = 'SUPERSEDED'
                        WHERE c.purpose = :p AND c.targetMobile = :m AND c.usedAt IS NULL""")
                .setParameter("now", now).setParameter("p", purpose).setParameter("m", mobile).executeUpdate();
    }

    /** Closes the live codes of {@code purpose} of one customer (mobile change: the target is the new number). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int supersedeForCustomer(CodePurpose purpose, long customerId, Instant now) {
        return em.createQuery("""
                        UPDATE OneTimeCode c SET c.usedAt = :now, c.closedReason = 'SUPERSEDED'
                        WHERE c.purpose = :p AND c.customerId = :c AND c.usedAt IS NULL""")
                .setParameter("now", now).setParameter("p", purpose).setParameter("c", customerId).executeUpdate();
    }

    /** The newest live (unused, unexpired) code of one of {@code purposes} sent to {@code mobile}. */
    public Optional<OneTimeCode> live(Collection<CodePurpose> purposes, String mobile, Instant now) {
        return em.createQuery("""
                        SELECT c FROM OneTimeCode c WHERE c.purpose IN :p AND c.targetMobile = :m
                        AND c.usedAt IS NULL AND c.expiresAt > :now ORDER BY c.id DESC""", OneTimeCode.class)
                .setParameter("p", purposes).setParameter("m", mobile).setParameter("now", now)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The newest live code of {@code purpose} of one customer. */
    public Optional<OneTimeCode> liveForCustomer(CodePurpose purpose, long customerId, Instant now) {
        return em.createQuery("""
                        SELECT c FROM OneTimeCode c WHERE c.purpose = :p AND c.customerId = :c
                        AND c.usedAt IS NULL AND c.expiresAt > :now ORDER BY c.id DESC""", OneTimeCode.class)
                .setParameter("p", purpose).setParameter("c", customerId).setParameter("now", now)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Uses the code once: true for exactly one caller, and only while it is live. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean consume(long codeId, Instant now) {
        return em.createQuery("""
                        UPDATE OneTimeCode c SET c.usedAt = :now, c.closedReason = 'USED'
                        WHERE c.id = :id AND c.usedAt IS NULL AND c.expiresAt > :now""")
                .setParameter("now", now).setParameter("id", codeId).executeUpdate() == 1;
    }

    /** Counts a wrong try in its own transaction (the caller's is refused and rolls back); the fifth kills the code. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordWrongAttempt(long codeId, Instant now) {
        em.createQuery("UPDATE OneTimeCode c SET c.attempts = c.attempts + 1 WHERE c.id = :id AND c.usedAt IS NULL")
                .setParameter("id", codeId).executeUpdate();
        em.createQuery("""
                        UPDATE OneTimeCode c SET c.usedAt = :now, c.closedReason = 'EXHAUSTED'
                        WHERE c.id = :id AND c.usedAt IS NULL AND c.attempts >= :max""")
                .setParameter("now", now).setParameter("id", codeId).setParameter("max", MAX_ATTEMPTS).executeUpdate();
    }
}
