package org.coopbank.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.coopbank.shared.Money;

/**
 * A settlement from the gateway into the bank's account, recorded by the accountant from the settlement report (table
 * {@code gateway_settlement}, V19): its journal entry moves the amount from 1200 gateway clearing to 1100 bank. The
 * gateway's reference is unique: a settlement is recorded once.
 */
@Entity
@Table(name = "gateway_settlement")
public class GatewaySettlement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gateway_settlement_seq")
    @SequenceGenerator(name = "gateway_settlement_seq", sequenceName = "gateway_settlement_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String gateway;

    @Column(nullable = false, length = 64, updatable = false)
    private String reference;

    @Column(nullable = false, precision = 15, scale = 2, updatable = false)
    private Money amount;

    @Column(name = "journal_entry_id", nullable = false, updatable = false)
    private Long journalEntryId;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected GatewaySettlement() {
    }

    GatewaySettlement(String gateway, String reference, Money amount, long journalEntryId, String recordedBy,
                      Instant recordedAt) {
        this.gateway = gateway;
        this.reference = reference;
        this.amount = amount;
        this.journalEntryId = journalEntryId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public String gateway() {
        return gateway;
    }

    public String reference() {
        return reference;
    }

    public Money amount() {
        return amount;
    }

    public Long journalEntryId() {
        return journalEntryId;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
