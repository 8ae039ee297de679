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
 * A settlement from the gateway into the bank's account (table {@code gateway_settlement}, V19, V28), typed in by the
 * accountant ({@code MANUAL}: 1100 &lt;- 1200 by the amount) or imported from the gateway's settlement report
 * ({@code REPORT}: 1100 by the net amount and 5200 by the gateway's fee and tax &lt;- 1200 by the gross). The gateway's
 * reference and the UTR are each unique: a settlement is recorded once, however it comes.
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

    @Column(nullable = false, length = 10, updatable = false)
    private String source;

    @Column(nullable = false, precision = 15, scale = 2, updatable = false)
    private Money gross;

    @Column(nullable = false, precision = 15, scale = 2, updatable = false)
    private Money fees;

    @Column(nullable = false, precision = 15, scale = 2, updatable = false)
    private Money tax;

    @Column(length = 64, updatable = false)
    private String utr;

    @Column(name = "settled_at", updatable = false)
    private Instant settledAt;

    @Column(name = "journal_entry_id", nullable = false, updatable = false)
    private Long journalEntryId;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected GatewaySettlement() {
    }

    public static final String MANUAL = "MANUAL";
    public static final String REPORT = "REPORT";

    /** Typed in by the accountant: no charges; the reference is kept as the UTR too, so either unique key catches it. */
    GatewaySettlement(String gateway, String reference, Money amount, long journalEntryId, String recordedBy,
                      Instant recordedAt) {
        this(gateway, MANUAL, reference, reference, amount, Money.ZERO, Money.ZERO, null, journalEntryId, recordedBy,
                recordedAt);
    }

    /** Imported from the gateway's report. */
    GatewaySettlement(String gateway, GatewaySettlementReport r, long journalEntryId, String recordedBy, Instant recordedAt) {
        this(gateway, REPORT, r.id(), r.utr(), r.net(), r.fees(), r.tax(), r.createdAt(), journalEntryId, recordedBy,
                recordedAt);
    }

    private GatewaySettlement(String gateway, String source, String reference, String utr, Money amount, Money fees,
                              Money tax, Instant settledAt, long journalEntryId, String recordedBy, Instant recordedAt) {
        this.gateway = gateway;
        this.source = source;
        this.reference = reference;
        this.utr = utr;
        this.amount = amount;
        this.fees = fees;
        this.tax = tax;
        this.gross = amount.plus(fees).plus(tax);
        this.settledAt = settledAt;
        this.journalEntryId = journalEntryId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public String source() {
        return source;
    }

    /** What left 1200 gateway clearing: amount + fees + tax. */
    public Money gross() {
        return gross;
    }

    public Money fees() {
        return fees;
    }

    public Money tax() {
        return tax;
    }

    public String utr() {
        return utr;
    }

    public Instant settledAt() {
        return settledAt;
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
