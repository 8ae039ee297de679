package org.coopbank.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.coopbank.shared.Money;

/**
 * One refund of (part of) an online payment (table {@code payment_refund}, V29). Its status moves only through
 * {@link PaymentRefunds}' conditional updates, never through this entity, so two transactions cannot both believe they
 * moved it.
 */
@Entity
@Table(name = "payment_refund")
public class PaymentRefund {

    /** BANK: the accountant refunded it here (reversal posted). GATEWAY: made on the gateway's dashboard (flagged). */
    public enum Source { BANK, GATEWAY }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_refund_seq")
    @SequenceGenerator(name = "payment_refund_seq", sequenceName = "payment_refund_seq", allocationSize = 50)
    private Long id;

    @Column(name = "payment_id", nullable = false, updatable = false)
    private Long paymentId;

    @Column(nullable = false, length = 20, updatable = false)
    private String gateway;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Source source;

    @Column(nullable = false, precision = 15, scale = 2, updatable = false)
    private Money amount;

    @Column(name = "amount_paise", nullable = false, updatable = false)
    private long amountPaise;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(nullable = false, length = 200, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RefundStatus status;

    @Column(name = "gateway_refund_id", length = 64)
    private String gatewayRefundId;

    @Column(name = "journal_entry_id")
    private Long journalEntryId;

    @Column(name = "return_journal_entry_id")
    private Long returnJournalEntryId;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 255)
    private String lastError;

    @Column(name = "flag_reason", length = 255)
    private String flagReason;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "processed_at")
    private Instant processedAt;

    protected PaymentRefund() {
    }

    /** A refund the accountant made; its reversal is posted in the same transaction ({@link #reversed}). */
    static PaymentRefund byBank(Payment p, Money amount, String reason, String createdBy, Instant now) {
        return new PaymentRefund(p, Source.BANK, amount, reason, RefundStatus.PENDING, null, createdBy, now);
    }

    /** The reversal posted for this refund, in the transaction that made it (once). */
    void reversed(long entryId) {
        if (journalEntryId != null) {
            throw new IllegalStateException("refund " + id + " is already reversed");
        }
        this.journalEntryId = entryId;
    }

    /** A refund the gateway reported that the bank did not make: recorded as processed, nothing posted, flagged. */
    static PaymentRefund fromGateway(Payment p, Money amount, String gatewayRefundId, Instant now) {
        PaymentRefund r = new PaymentRefund(p, Source.GATEWAY, amount, "Refunded at the gateway, not by the bank",
                RefundStatus.PROCESSED, gatewayRefundId, "gateway-webhook", now);
        r.processedAt = now;
        r.flagReason = "Not initiated by the bank: the posting must be reversed by hand";
        return r;
    }

    private PaymentRefund(Payment p, Source source, Money amount, String reason, RefundStatus status,
                          String gatewayRefundId, String createdBy, Instant now) {
        this.paymentId = p.id();
        this.gateway = p.gateway();
        this.source = source;
        this.amount = amount;
        this.amountPaise = amount.toPaise();
        this.currency = p.currency();
        this.reason = reason;
        this.status = status;
        this.gatewayRefundId = gatewayRefundId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The money of a refund the gateway could not make, credited back (once, after the conditional move to FAILED). */
    void returned(long entryId) {
        if (returnJournalEntryId != null) {
            throw new IllegalStateException("refund " + id + " is already returned");
        }
        this.returnJournalEntryId = entryId;
    }

    void flag(String reason) {
        this.flagReason = reason.length() <= 255 ? reason : reason.substring(0, 255);
    }

    public Long id() {
        return id;
    }

    public Long paymentId() {
        return paymentId;
    }

    public String gateway() {
        return gateway;
    }

    public Source source() {
        return source;
    }

    public Money amount() {
        return amount;
    }

    public long amountPaise() {
        return amountPaise;
    }

    public String currency() {
        return currency;
    }

    public String reason() {
        return reason;
    }

    public RefundStatus status() {
        return status;
    }

    public String gatewayRefundId() {
        return gatewayRefundId;
    }

    public Long journalEntryId() {
        return journalEntryId;
    }

    public Long returnJournalEntryId() {
        return returnJournalEntryId;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public String flagReason() {
        return flagReason;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant processedAt() {
        return processedAt;
    }
}
