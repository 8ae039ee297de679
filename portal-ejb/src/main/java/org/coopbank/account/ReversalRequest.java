package org.coopbank.account;

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
import org.coopbank.shared.InvalidStateException;

/**
 * A request to reverse a counter entry, made by one staff user and approved (or rejected) by a manager who is not
 * that user (maker ≠ checker). {@code openKey} is the entry's id while the request is pending or approved and null
 * once rejected, under a unique constraint: at most one live request per entry, decided by the database.
 */
@Entity
@Table(name = "reversal_request")
public class ReversalRequest {

    public enum Status { PENDING, APPROVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reversal_request_seq")
    @SequenceGenerator(name = "reversal_request_seq", sequenceName = "reversal_request_seq", allocationSize = 50)
    private Long id;

    @Column(name = "journal_entry_id", nullable = false)
    private Long journalEntryId;

    @Column(name = "open_key", unique = true)
    private Long openKey;

    @Column(nullable = false, length = 255)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 255)
    private String decisionNote;

    @Column(name = "reversal_entry_id")
    private Long reversalEntryId;

    @Version
    private long version;

    protected ReversalRequest() {
    }

    ReversalRequest(long journalEntryId, String reason, String requestedBy, Instant at) {
        this.journalEntryId = journalEntryId;
        this.openKey = journalEntryId;
        this.reason = reason;
        this.status = Status.PENDING;
        this.requestedBy = requestedBy;
        this.requestedAt = at;
    }

    void approve(String by, Instant at, long reversalEntry) {
        requirePending();
        status = Status.APPROVED;
        decidedBy = by;
        decidedAt = at;
        reversalEntryId = reversalEntry;
    }

    void reject(String by, Instant at, String note) {
        requirePending();
        status = Status.REJECTED;
        openKey = null;
        decidedBy = by;
        decidedAt = at;
        decisionNote = note;
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new InvalidStateException("Reversal request " + id + " is already " + status);
        }
    }

    public Long id() {
        return id;
    }

    public Long journalEntryId() {
        return journalEntryId;
    }

    public String reason() {
        return reason;
    }

    public Status status() {
        return status;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decisionNote() {
        return decisionNote;
    }

    public Long reversalEntryId() {
        return reversalEntryId;
    }
}
