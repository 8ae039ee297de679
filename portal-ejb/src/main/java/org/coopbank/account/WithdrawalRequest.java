package org.coopbank.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.Money;

/**
 * A cash withdrawal above the approval limit, entered by a cashier (the maker) and waiting for a manager who is not
 * that cashier (the checker). Approving it posts the withdrawal; rejecting or cancelling it moves nothing.
 * {@code openKey} is the account's id while the request is PENDING and null once decided, under a unique constraint:
 * at most one pending withdrawal per account, decided by the database.
 */
@Entity
@Table(name = "withdrawal_request")
public class WithdrawalRequest {

    public enum Status { PENDING, APPROVED, REJECTED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "withdrawal_request_seq")
    @SequenceGenerator(name = "withdrawal_request_seq", sequenceName = "withdrawal_request_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private BankAccount account;

    @Column(nullable = false, precision = 15, scale = 2, updatable = false)
    private Money amount;

    @Column(length = 200, updatable = false)
    private String narration;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "open_key", unique = true)
    private Long openKey;

    @Column(name = "requested_by", nullable = false, length = 100, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = 255)
    private String reason;

    @Column(name = "journal_entry_id")
    private Long journalEntryId;

    @Version
    private long version;

    protected WithdrawalRequest() {
    }

    WithdrawalRequest(BankAccount account, Money amount, String narration, String requestedBy, Instant at) {
        this.account = account;
        this.amount = amount;
        this.narration = narration;
        this.status = Status.PENDING;
        this.openKey = account.id();
        this.requestedBy = requestedBy;
        this.requestedAt = at;
    }

    void approve(String by, Instant at, long entryId) {
        decide(Status.APPROVED, by, at, null);
        journalEntryId = entryId;
    }

    void reject(String by, Instant at, String why) {
        decide(Status.REJECTED, by, at, why);
    }

    void cancel(String by, Instant at) {
        decide(Status.CANCELLED, by, at, null);
    }

    private void decide(Status to, String by, Instant at, String why) {
        requirePending();
        status = to;
        openKey = null;
        decidedBy = by;
        decidedAt = at;
        reason = why;
    }

    void requirePending() {
        if (status != Status.PENDING) {
            throw new InvalidStateException("Withdrawal request " + id + " is already " + status);
        }
    }

    public Long id() {
        return id;
    }

    public BankAccount account() {
        return account;
    }

    public Money amount() {
        return amount;
    }

    public String narration() {
        return narration;
    }

    public Status status() {
        return status;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String reason() {
        return reason;
    }

    public Long journalEntryId() {
        return journalEntryId;
    }
}
