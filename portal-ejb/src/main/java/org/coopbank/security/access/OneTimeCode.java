package org.coopbank.security.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One code sent by SMS ({@code one_time_code}); only its bcrypt hash is kept. Changed only by the conditional bulk
 * updates of {@link OneTimeCodes} (consume, supersede, count a wrong try), never through this object.
 */
@Entity
@Table(name = "one_time_code")
public class OneTimeCode {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "one_time_code_seq")
    @SequenceGenerator(name = "one_time_code_seq", sequenceName = "one_time_code_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CodePurpose purpose;

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @Column(name = "target_mobile", nullable = false, length = 10)
    private String targetMobile;

    @Column(name = "code_hash", nullable = false, length = 100)
    private String codeHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "closed_reason", length = 12)
    private String closedReason;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    protected OneTimeCode() {
    }

    OneTimeCode(CodePurpose purpose, long customerId, String targetMobile, String codeHash, Instant createdAt,
                String createdBy) {
        this.purpose = purpose;
        this.customerId = customerId;
        this.targetMobile = targetMobile;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
        this.expiresAt = createdAt.plus(purpose.lifetime());
        this.createdBy = createdBy;
    }

    public Long id() {
        return id;
    }

    public CodePurpose purpose() {
        return purpose;
    }

    public long customerId() {
        return customerId;
    }

    public String targetMobile() {
        return targetMobile;
    }

    String codeHash() {
        return codeHash;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }

    public String closedReason() {
        return closedReason;
    }

    public int attempts() {
        return attempts;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
