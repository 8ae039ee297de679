package org.coopbank.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.coopbank.shared.Money;

/**
 * A settlement of the gateway's report that was not posted (table {@code gateway_settlement_flag}, V28): its amounts do
 * not add up, or it is more than 1200 gateway clearing holds. Kept once per settlement id, as the report gave it, for
 * the accountant, who records what really reached the bank by hand.
 */
@Entity
@Table(name = "gateway_settlement_flag")
public class GatewaySettlementFlag {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gateway_settlement_flag_seq")
    @SequenceGenerator(name = "gateway_settlement_flag_seq", sequenceName = "gateway_settlement_flag_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String gateway;

    @Column(name = "settlement_id", nullable = false, length = 64, updatable = false)
    private String settlementId;

    @Column(length = 64, updatable = false)
    private String utr;

    @Column(precision = 15, scale = 2, updatable = false)
    private BigDecimal gross;

    @Column(precision = 15, scale = 2, updatable = false)
    private BigDecimal fees;

    @Column(precision = 15, scale = 2, updatable = false)
    private BigDecimal tax;

    @Column(precision = 15, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "settled_at", updatable = false)
    private Instant settledAt;

    @Column(nullable = false, length = 255, updatable = false)
    private String reason;

    @Column(name = "flagged_by", nullable = false, length = 100, updatable = false)
    private String flaggedBy;

    @Column(name = "flagged_at", nullable = false, updatable = false)
    private Instant flaggedAt;

    protected GatewaySettlementFlag() {
    }

    GatewaySettlementFlag(String gateway, GatewaySettlementReport r, String reason, String flaggedBy, Instant flaggedAt) {
        this.gateway = gateway;
        this.settlementId = r.id();
        this.utr = r.utr() == null || r.utr().length() > 64 ? null : r.utr();
        this.gross = storable(r.gross());
        this.fees = storable(r.fees());
        this.tax = storable(r.tax());
        this.amount = storable(r.net());
        this.settledAt = r.createdAt();
        this.reason = reason.length() > 255 ? reason.substring(0, 255) : reason;
        this.flaggedBy = flaggedBy;
        this.flaggedAt = flaggedAt;
    }

    /** An amount the column can hold (NUMERIC(15,2)), else null: the reason says what was wrong. */
    private static BigDecimal storable(Money m) {
        return m == null || m.amount().abs().compareTo(new BigDecimal("9999999999999.99")) > 0 ? null : m.amount();
    }

    public Long id() {
        return id;
    }

    public String settlementId() {
        return settlementId;
    }

    public String utr() {
        return utr;
    }

    public BigDecimal gross() {
        return gross;
    }

    public BigDecimal fees() {
        return fees;
    }

    public BigDecimal tax() {
        return tax;
    }

    public BigDecimal amount() {
        return amount;
    }

    public Instant settledAt() {
        return settledAt;
    }

    public String reason() {
        return reason;
    }

    public Instant flaggedAt() {
        return flaggedAt;
    }
}
