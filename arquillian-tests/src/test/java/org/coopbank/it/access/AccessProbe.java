package org.coopbank.it.access;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopbank.notification.Notification;
import org.coopbank.security.access.OneTimeCode;

/**
 * Test-only: reads what a customer's phone would receive (the SMS rows of the dev outbox) and moves codes and tickets
 * past their expiry, as the passing of time would.
 */
@Stateless
public class AccessProbe {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6}|\\d{8})\\b");

    @PersistenceContext
    EntityManager em;

    public List<Notification> sms(String mobile) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.recipient = :m AND n.channel = :c ORDER BY n.id DESC",
                Notification.class).setParameter("m", mobile).setParameter("c", Notification.Channel.SMS).getResultList();
    }

    public long smsCount(String mobile) {
        return sms(mobile).size();
    }

    /** The code in the newest SMS to {@code mobile}, as the customer reads it. */
    public String latestCode(String mobile) {
        List<Notification> all = sms(mobile);
        if (all.isEmpty()) {
            throw new AssertionError("no SMS to " + mobile);
        }
        Matcher m = CODE.matcher(all.get(0).body());
        if (!m.find()) {
            throw new AssertionError("no code in: " + all.get(0).body());
        }
        return m.group(1);
    }

    public boolean latestSmsHasCustomer(String mobile) {
        return sms(mobile).get(0).customer() != null;
    }

    public List<OneTimeCode> codes(String mobile) {
        return em.createQuery("SELECT c FROM OneTimeCode c WHERE c.targetMobile = :m ORDER BY c.id", OneTimeCode.class)
                .setParameter("m", mobile).getResultList();
    }

    /** The live codes sent to {@code mobile} expire now (as if their lifetime had passed). */
    public int expireCodes(String mobile) {
        return em.createQuery("UPDATE OneTimeCode c SET c.expiresAt = :t WHERE c.targetMobile = :m AND c.usedAt IS NULL")
                .setParameter("t", Instant.now().minusSeconds(1)).setParameter("m", mobile).executeUpdate();
    }

    /** The live login tickets of {@code mobile} expire now. */
    public int expireTickets(String mobile) {
        return em.createQuery("UPDATE LoginTicket t SET t.expiresAt = :t WHERE t.loginMobile = :m AND t.usedAt IS NULL")
                .setParameter("t", Instant.now().minusSeconds(1)).setParameter("m", mobile).executeUpdate();
    }

    public long liveTickets(String mobile) {
        return em.createQuery("SELECT COUNT(t) FROM LoginTicket t WHERE t.loginMobile = :m AND t.usedAt IS NULL", Long.class)
                .setParameter("m", mobile).getSingleResult();
    }

    /** The used codes sent to {@code mobile} expired {@code days} days ago (as if that much time had passed). */
    public int ageUsedCodes(String mobile, int days) {
        return em.createQuery("UPDATE OneTimeCode c SET c.expiresAt = :t WHERE c.targetMobile = :m AND c.usedAt IS NOT NULL")
                .setParameter("t", Instant.now().minus(java.time.Duration.ofDays(days))).setParameter("m", mobile)
                .executeUpdate();
    }

    /** Every login ticket of {@code mobile} expired {@code days} days ago. */
    public int ageTickets(String mobile, int days) {
        return em.createQuery("UPDATE LoginTicket t SET t.expiresAt = :t WHERE t.loginMobile = :m")
                .setParameter("t", Instant.now().minus(java.time.Duration.ofDays(days))).setParameter("m", mobile)
                .executeUpdate();
    }

    public long tickets(String mobile) {
        return em.createQuery("SELECT COUNT(t) FROM LoginTicket t WHERE t.loginMobile = :m", Long.class)
                .setParameter("m", mobile).getSingleResult();
    }
}
