package org.coopbank.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The failure counters of one {@link ThrottleKey}; the arithmetic is in {@link BackOff}. */
@Entity
@Table(name = "login_throttle")
public class ThrottleState {

    @Id
    @Column(name = "throttle_key", length = 200)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "key_kind", nullable = false, length = 10)
    private ThrottleKey.Kind kind;

    @Column(nullable = false, length = 20)
    private String scope;

    @Column(name = "key_value", nullable = false, length = 150)
    private String value;

    @Column(nullable = false)
    int streak;

    @Column(name = "window_start")
    Instant windowStart;

    @Column(name = "window_failures", nullable = false)
    int windowFailures;

    @Column(name = "last_failure_at")
    Instant lastFailureAt;

    @Column(name = "blocked_until")
    Instant blockedUntil;

    @Column(name = "locked_until")
    Instant lockedUntil;

    @Version
    private long version;

    protected ThrottleState() {
    }

    ThrottleState(ThrottleKey key) {
        this.id = key.id();
        this.kind = key.kind();
        this.scope = key.scope();
        this.value = key.value();
    }

    /** Forgets every failure and lifts any back-off or lock. */
    void reset() {
        streak = 0;
        windowStart = null;
        windowFailures = 0;
        lastFailureAt = null;
        blockedUntil = null;
        lockedUntil = null;
    }

    public String id() {
        return id;
    }

    public ThrottleKey.Kind kind() {
        return kind;
    }

    public String scope() {
        return scope;
    }

    public String value() {
        return value;
    }

    public int streak() {
        return streak;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant blockedUntil() {
        return blockedUntil;
    }
}
