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
 * One online payment of a customer (table {@code payment}, V17). Its status moves only through
 * {@link PaymentSettlement}'s conditional updates; the entity itself never changes its status, so two transactions
 * cannot both believe they moved it.
 */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_type", nullable = false, length = 20, updatable = false)
    private PaymentType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "payable_type", nullable = false, length = 20, updatable = false)
    private PayableType payableType;

    @Column(name = "payable_id", nullable = false, updatable = false)
    private Long payableId;

    @Column(nullable = false, precision = 15, scale = 2, updatable = false)
    private Money amount;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(nullable = false, length = 20, updatable = false)
    private String gateway;

    @Column(name = "gateway_order_id", length = 64)
    private String gatewayOrderId;

    @Column(name = "gateway_payment_id", length = 64)
    private String gatewayPaymentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PaymentStatus status;

    @Column(name = "fd_tenure_months", updatable = false)
    private Integer fdTenureMonths;

    @Column(name = "fixed_deposit_id")
    private Long fixedDepositId;

    @Column(name = "journal_entry_id")
    private Long journalEntryId;

    @Column(name = "failure_reason", length = 255)
    private String failureReason;

    @Column(name = "flag_reason", length = 255)
    private String flagReason;

    @Column(name = "refunded_amount", precision = 15, scale = 2)
    private Money refundedAmount;

    @Column(name = "gateway_response", length = 20000)
    private String gatewayResponse;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "settled_at")
    private Instant settledAt;

    protected Payment() {
    }

    Payment(long customerId, PaymentType type, PayableType payableType, long payableId, Money amount,
            Integer fdTenureMonths, String gateway, Instant now) {
        this.customerId = customerId;
        this.type = type;
        this.payableType = payableType;
        this.payableId = payableId;
        this.amount = amount;
        this.currency = Money.CURRENCY;
        this.fdTenureMonths = fdTenureMonths;
        this.gateway = gateway;
        this.status = PaymentStatus.INITIATED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The gateway's order for this payment, once created. */
    void ordered(String orderId) {
        if (gatewayOrderId != null) {
            throw new IllegalStateException("payment " + id + " already has an order");
        }
        this.gatewayOrderId = orderId;
    }

    /** What the settlement posted (called once, right after this transaction's conditional update won). */
    void posted(Long journalEntryId, Long fixedDepositId) {
        this.journalEntryId = journalEntryId;
        this.fixedDepositId = fixedDepositId;
    }

    public long amountPaise() {
        return amount.toPaise();
    }

    public Long id() {
        return id;
    }

    public Long customerId() {
        return customerId;
    }

    public PaymentType type() {
        return type;
    }

    public PayableType payableType() {
        return payableType;
    }

    public Long payableId() {
        return payableId;
    }

    public Money amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public String gateway() {
        return gateway;
    }

    public String gatewayOrderId() {
        return gatewayOrderId;
    }

    public String gatewayPaymentId() {
        return gatewayPaymentId;
    }

    public PaymentStatus status() {
        return status;
    }

    public Integer fdTenureMonths() {
        return fdTenureMonths;
    }

    public Long fixedDepositId() {
        return fixedDepositId;
    }

    public Long journalEntryId() {
        return journalEntryId;
    }

    public String failureReason() {
        return failureReason;
    }

    public String flagReason() {
        return flagReason;
    }

    public Money refundedAmount() {
        return refundedAmount;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant settledAt() {
        return settledAt;
    }
}
