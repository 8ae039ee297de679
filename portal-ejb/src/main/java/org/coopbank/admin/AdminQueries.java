package org.coopbank.admin;

import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.InputGuard;
import org.coopbank.shared.Nullable;
import org.coopbank.shared.Validation;
import org.coopbank.staff.StaffRole;

/** The superadmin's read models. */
@Stateless
@Interceptors(InputGuard.class)
public class AdminQueries {

    private static final String AUDIT_WHERE = " " + """
             WHERE (:actor = '' OR a.actor = :actor) AND (:action = '' OR a.action LIKE :actionLike)
             AND (:type = '' OR a.entityType = :type) AND (:eid = '' OR a.entityId = :eid)
             AND a.at >= :from AND a.at < :to""";

    @PersistenceContext
    EntityManager em;

    public List<StaffRow> staff(Actor actor) {
        actor.requireStaff(StaffRole.SUPERADMIN);
        List<Object[]> rows = em.createQuery("""
                SELECT u.id, u.username, u.fullName, u.branch.code, u.enabled, u.mustChangePassword
                FROM StaffUser u ORDER BY u.username""", Object[].class).getResultList();
        List<Object[]> roles = em.createQuery("SELECT u.id, r FROM StaffUser u JOIN u.roles r", Object[].class)
                .getResultList();
        return rows.stream().map(r -> new StaffRow((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                (Boolean) r[4], (Boolean) r[5], roles.stream().filter(x -> x[0].equals(r[0]))
                .map(x -> ((StaffRole) x[1]).roleName()).sorted().reduce((a, b) -> a + ", " + b).orElse(""))).toList();
    }

    public List<SettingRow> settings(Actor actor) {
        actor.requireStaff(StaffRole.SUPERADMIN);
        return em.createQuery("SELECT new org.coopbank.admin.SettingRow(s.key, s.value, s.description) "
                + "FROM AppSetting s ORDER BY s.key", SettingRow.class).getResultList();
    }

    public List<AuditRow> audit(AuditFilter filter, int first, int max, Actor actor) {
        actor.requireStaff(StaffRole.SUPERADMIN);
        page(first, max);
        TypedQuery<AuditRow> q = em.createQuery("""
                SELECT new org.coopbank.admin.AuditRow(a.id, a.at, a.actor, a.actorType, a.action,
                       a.entityType, a.entityId, a.before, a.after)
                FROM AuditRecord a""" + AUDIT_WHERE + " ORDER BY a.id DESC", AuditRow.class);
        return bind(q, filter).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long auditCount(AuditFilter filter, Actor actor) {
        actor.requireStaff(StaffRole.SUPERADMIN);
        return bind(em.createQuery("SELECT COUNT(a) FROM AuditRecord a" + AUDIT_WHERE, Long.class), filter)
                .getSingleResult();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, AuditFilter f) {
        String action = text(f.action());
        return q.setParameter("actor", text(f.actor())).setParameter("action", action)
                .setParameter("actionLike", action + "%").setParameter("type", text(f.entityType()))
                .setParameter("eid", text(f.entityId()))
                .setParameter("from", f.from() == null ? Instant.EPOCH
                        : f.from().atStartOfDay(BusinessClock.ZONE).toInstant())
                .setParameter("to", f.to() == null ? Instant.parse("9999-12-31T00:00:00Z")
                        : f.to().plusDays(1).atStartOfDay(BusinessClock.ZONE).toInstant());
    }

    public List<SignInRow> signIns(@Nullable String username, @Nullable String address, int first, int max,
                                   Actor actor) {
        actor.requireStaff(StaffRole.SUPERADMIN);
        page(first, max);
        return em.createQuery("""
                        SELECT new org.coopbank.admin.SignInRow(e.id, e.at, e.realm, e.username,
                               e.clientAddress, e.userAgent, CAST(e.outcome AS String))
                        FROM SignInEvent e WHERE (:u = '' OR e.username = :u) AND (:a = '' OR e.clientAddress = :a)
                        ORDER BY e.id DESC""", SignInRow.class)
                .setParameter("u", text(username)).setParameter("a", text(address))
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public List<OutboxRow> outbox(int first, int max, Actor actor) {
        actor.requireStaff(StaffRole.SUPERADMIN);
        page(first, max);
        return em.createQuery("""
                        SELECT new org.coopbank.admin.OutboxRow(n.id, n.createdAt, CAST(n.channel AS String),
                               n.recipient, n.subject, n.body, CAST(n.status AS String), n.attempts, n.sentAt)
                        FROM Notification n ORDER BY n.id DESC""", OutboxRow.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    private static void page(int first, int max) {
        Validation.range(first, "first", 0, Integer.MAX_VALUE);
        Validation.range(max, "max", 1, 500);
    }

    private static String text(String s) {
        String t = Validation.text(s, "filter", 100, false);
        return t == null ? "" : t;
    }
}
