package org.coopbank.security.access;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;

/**
 * Single-use login tickets: after a verified OTP, a random ticket that the customer realm accepts as the password of
 * its login mobile for {@link #LIFETIME} ({@code server/cli/server.cli}, second principal-query of customerRealm:
 * unused and {@code expires_at > CURRENT_TIMESTAMP}, the database's clock). While a ticket is live the realm checks it
 * instead of the password. A sign-in marks it used ({@link #consume}); a new ticket supersedes the old one.
 */
@Stateless
public class LoginTickets {

    public static final Duration LIFETIME = Duration.ofSeconds(30);

    @PersistenceContext
    EntityManager em;

    /** A new ticket for the mobile (older live ones are closed); returns the ticket itself, which is not stored. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String issue(long customerId, String loginMobile) {
        Instant now = Instant.now();
        close(loginMobile, now);
        String ticket = Secrets.ticket();
        em.persist(new LoginTicket(customerId, loginMobile, Secrets.hash(ticket), now, now.plus(LIFETIME)));
        em.flush();
        return ticket;
    }

    /** Tickets that expired before {@code before} are of no further use: deletes them; returns how many. */
    public int purge(Instant before) {
        return em.createQuery("DELETE FROM LoginTicket t WHERE t.expiresAt < :b").setParameter("b", before).executeUpdate();
    }

    /** Nightly: tickets expired for more than a day are deleted (the sign-in log keeps the history). */
    @Schedule(hour = "3", minute = "19", persistent = false, info = "login-ticket-purge")
    void purgeDeadTickets() {
        purge(Instant.now().minus(Duration.ofDays(1)));
    }

    /** Marks the live tickets of the mobile used, in its own transaction; answers how many there were. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int consume(String loginMobile) {
        return close(loginMobile, Instant.now());
    }

    private int close(String loginMobile, Instant now) {
        return em.createQuery("UPDATE LoginTicket t SET t.usedAt = :now WHERE t.loginMobile = :m AND t.usedAt IS NULL")
                .setParameter("now", now).setParameter("m", loginMobile).executeUpdate();
    }
}
