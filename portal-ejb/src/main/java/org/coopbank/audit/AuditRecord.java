package org.coopbank.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One line of the audit trail. Append-only: immutable here (no setters, {@code @Immutable}, every column
 * {@code updatable = false}), and the database refuses UPDATE and DELETE on {@code audit_log} (migration V6).
 */
@Entity
@Immutable
@Table(name = "audit_log")
public class AuditRecord {

    @Id
    @Column(updatable = false)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_log_seq")
    @SequenceGenerator(name = "audit_log_seq", sequenceName = "audit_log_seq", allocationSize = 50)
    private Long id;

    @Column(updatable = false, nullable = false)
    private Instant at;

    @Column(updatable = false, nullable = false, length = 100)
    private String actor;

    @Column(updatable = false, name = "actor_type", nullable = false, length = 10)
    private String actorType;

    @Column(updatable = false, nullable = false, length = 60)
    private String action;

    @Column(updatable = false, name = "entity_type", nullable = false, length = 40)
    private String entityType;

    @Column(updatable = false, name = "entity_id", length = 40)
    private String entityId;

    @Column(updatable = false, name = "before_state", length = 4000)
    private String before;

    @Column(updatable = false, name = "after_state", length = 4000)
    private String after;

    protected AuditRecord() {
    }

    AuditRecord(Instant at, String actor, String actorType, String action, String entityType, String entityId,
                String before, String after) {
        this.at = at;
        this.actor = actor;
        this.actorType = actorType;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.before = before;
        this.after = after;
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String actorType() {
        return actorType;
    }

    public String action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }
}
