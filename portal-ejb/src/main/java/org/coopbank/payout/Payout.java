package org.coopbank.payout;

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
import org.coopbank.shared.Money;

/**
 * One payout to a customer's linked bank account (table {@code payout}, V23). Its status moves only through
 * {@link PayoutWebhooks}' and {@link PayoutSubmitter}'s conditional updates, never by setting a field, so two
 * transactions cannot both believe they moved it.
 */
@Entity
@Table(name = "payout")
public class Payout {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payout_seq")
    @SequenceGenerator(name = "payout_seq", sequenceName = "payout_seq", allocationSize = 50)
    private Long id;

    @Column(name = "idempotency_key", nullable = false, length = 64, updatable = false)
    private String idempotencyKey;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(name = "linked_bank_account_id", nullable = false, updatable = false)
    private Long linkedBankAccountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private PayoutPurpose purpose;

    @Column(name = "source_id", nullable = false, updatable = false)
    private Long sourceId;

    @Column(name = "refund_account_id", nullable = false, updatable = false)
    private Long refundAccountId;

    @Column(nullable = false, precision = 15, scale = 2, updatable = false)
    private Money amount;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(nullable = false, length = 10, updatable = false)
    private String mode;

    @Column(nullable = false, length = 20, updatable = false)
    private String gateway;

    @Column(name = "gateway_payout_id", length = 64)
    private String gatewayPayoutId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PayoutStatus status;

    @Column(length = 64)
    private String utr;

    @Column(name = "failure_reason", length = 255)
    private String failureReason;

    @Column(name = "last_error", length = 255)
    private String lastError;

    @Column(name = "transit_entry_id", nullable = false, updatable = false)
    private Long transitEntryId;

    @Column(name = "settle_entry_id")
    private Long settleEntryId;

    @Column(name = "return_entry_id")
    private Long returnEntryId;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Payout() {
    }

    Payout(String idempotencyKey, long customerId, long linkedBankAccountId, PayoutPurpose purpose, long sourceId,
           long refundAccountId, Money amount, String mode, String gateway, long transitEntryId, String createdBy,
           Instant at) {
        this.idempotencyKey = idempotencyKey;
        this.customerId = customerId;
        this.linkedBankAccountId = linkedBankAccountId;
        this.purpose = purpose;
        this.sourceId = sourceId;
        this.refundAccountId = refundAccountId;
        this.amount = amount;
        this.currency = Money.CURRENCY;
        this.mode = mode;
        this.gateway = gateway;
        this.status = PayoutStatus.QUEUED;
        this.transitEntryId = transitEntryId;
        this.createdBy = createdBy;
        this.createdAt = at;
        this.updatedAt = at;
    }

    public Long id() {
        return id;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public Long customerId() {
        return customerId;
    }

    public Long linkedBankAccountId() {
        return linkedBankAccountId;
    }

    public PayoutPurpose purpose() {
        return purpose;
    }

    public Long sourceId() {
        return sourceId;
    }

    public Long refundAccountId() {
        return refundAccountId;
    }

    public Money amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public String mode() {
        return mode;
    }

    public String gateway() {
        return gateway;
    }

    public String gatewayPayoutId() {
        return gatewayPayoutId;
    }

    public PayoutStatus status() {
        return status;
    }

    public String utr() {
        return utr;
    }

    public String failureReason() {
        return failureReason;
    }

    public String lastError() {
        return lastError;
    }

    public Long transitEntryId() {
        return transitEntryId;
    }

    public Long settleEntryId() {
        return settleEntryId;
    }

    public Long returnEntryId() {
        return returnEntryId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
