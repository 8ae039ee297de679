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
import jakarta.persistence.Version;
import java.time.Instant;
import org.coopbank.shared.AccountNumbers;
import org.coopbank.shared.InvalidStateException;

/**
 * A customer's own account at another bank, where payouts go (table {@code linked_bank_account}, V23). The full number
 * is kept for the gateway; everything customer-facing uses {@link #maskedNumber()}. {@code active_customer_id} is the
 * customer's id while ACTIVE and NULL once REMOVED, unique: at most one ACTIVE per customer, decided by the database.
 */
@Entity
@Table(name = "linked_bank_account")
public class LinkedBankAccount {

    public enum Status { ACTIVE, REMOVED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "linked_bank_account_seq")
    @SequenceGenerator(name = "linked_bank_account_seq", sequenceName = "linked_bank_account_seq", allocationSize = 50)
    private Long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(name = "holder_name", nullable = false, length = 100, updatable = false)
    private String holderName;

    @Column(nullable = false, length = 11, updatable = false)
    private String ifsc;

    @Column(name = "account_number", nullable = false, length = 18, updatable = false)
    private String accountNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "active_customer_id")
    private Long activeCustomerId;

    @Column(name = "gateway_contact_id", length = 64)
    private String gatewayContactId;

    @Column(name = "gateway_fund_account_id", length = 64)
    private String gatewayFundAccountId;

    @Column(name = "added_by", nullable = false, length = 100, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    @Column(name = "removed_by", length = 100)
    private String removedBy;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Version
    private long version;

    protected LinkedBankAccount() {
    }

    LinkedBankAccount(long customerId, String holderName, String ifsc, String accountNumber, String addedBy, Instant at) {
        this.customerId = customerId;
        this.holderName = holderName;
        this.ifsc = ifsc;
        this.accountNumber = accountNumber;
        this.status = Status.ACTIVE;
        this.activeCustomerId = customerId;
        this.addedBy = addedBy;
        this.addedAt = at;
    }

    void remove(String by, Instant at) {
        if (status != Status.ACTIVE) {
            throw new InvalidStateException("Linked bank account " + maskedNumber() + " is already removed");
        }
        status = Status.REMOVED;
        activeCustomerId = null;
        removedBy = by;
        removedAt = at;
    }

    void registeredAtGateway(String contactId, String fundAccountId) {
        this.gatewayContactId = contactId;
        this.gatewayFundAccountId = fundAccountId;
    }

    public String maskedNumber() {
        return AccountNumbers.mask(accountNumber);
    }

    public Long id() {
        return id;
    }

    public Long customerId() {
        return customerId;
    }

    public String holderName() {
        return holderName;
    }

    public String ifsc() {
        return ifsc;
    }

    /** The full number: for the gateway only, never for a page, an alert or a log. */
    String accountNumber() {
        return accountNumber;
    }

    public Status status() {
        return status;
    }

    public String gatewayContactId() {
        return gatewayContactId;
    }

    public String gatewayFundAccountId() {
        return gatewayFundAccountId;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
