package org.coopbank.security.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.coopbank.customer.Customer;

/**
 * One bearer token of the customer API ({@code api_token}). Holds the token's SHA-256 only, never the token. Usable
 * while not revoked and before {@link #expiresAt()}; {@link #touch} moves the expiry forward by the idle time, never
 * past the absolute limit ({@code createdAt} + the maximum lifetime).
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at", nullable = false)
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "client_address", nullable = false, length = 64, updatable = false)
    private String clientAddress;

    @Column(name = "user_agent", length = 200, updatable = false)
    private String userAgent;

    protected ApiToken() {
    }

    ApiToken(Customer customer, String tokenHash, Instant now, Instant expiresAt, String clientAddress, String userAgent) {
        this.customer = customer;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.lastUsedAt = now;
        this.expiresAt = expiresAt;
        this.clientAddress = cut(clientAddress == null ? "" : clientAddress, 64);
        this.userAgent = cut(userAgent, 200);
    }

    boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /** A request used the token: the idle time starts again, within the absolute limit. */
    void touch(Instant now, long idleSeconds, long maxSeconds) {
        lastUsedAt = now;
        expiresAt = nextExpiry(now, idleSeconds, maxSeconds);
    }

    /** The expiry after a use at {@code now}: the idle time from now, never past the absolute limit. */
    Instant nextExpiry(Instant now, long idleSeconds, long maxSeconds) {
        Instant idle = now.plusSeconds(idleSeconds);
        Instant hard = createdAt.plusSeconds(maxSeconds);
        return idle.isBefore(hard) ? idle : hard;
    }

    /** Revoked at {@code now} unless it already was (sign-out itself is an UPDATE in {@link ApiTokens#revoke}). */
    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public Customer customer() {
        return customer;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
