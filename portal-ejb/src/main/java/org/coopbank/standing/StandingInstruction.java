package org.coopbank.standing;

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
import java.time.LocalDate;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.Money;

/** A customer's standing instruction (table {@code standing_instruction}, V20): an EMI auto-debit or a recurring transfer. */
@Entity
@Table(name = "standing_instruction")
public class StandingInstruction {

    public enum Kind { EMI, TRANSFER }

    /** ACTIVE: carried out by the nightly job; PAUSED: left alone until resumed; STOPPED: ended for good. */
    public enum Status { ACTIVE, PAUSED, STOPPED }

    public enum Frequency {
        WEEKLY, MONTHLY;

        /** The next occurrence after {@code d}; monthly keeps the day of the first occurrence, clamped to month end. */
        LocalDate after(LocalDate d, int anchorDay) {
            if (this == WEEKLY) {
                return d.plusWeeks(1);
            }
            LocalDate m = d.plusMonths(1);
            return m.withDayOfMonth(Math.min(anchorDay, m.lengthOfMonth()));
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "standing_instruction_seq")
    @SequenceGenerator(name = "standing_instruction_seq", sequenceName = "standing_instruction_seq", allocationSize = 50)
    private Long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "si_kind", nullable = false, length = 10, updatable = false)
    private Kind kind;

    @Column(name = "from_account_id", nullable = false, updatable = false)
    private long fromAccountId;

    @Column(name = "loan_id", updatable = false)
    private Long loanId;

    @Column(name = "to_account_id", updatable = false)
    private Long toAccountId;

    @Column(precision = 15, scale = 2, updatable = false)
    private Money amount;

    @Enumerated(EnumType.STRING)
    @Column(length = 10, updatable = false)
    private Frequency frequency;

    @Column(name = "next_date")
    private LocalDate nextDate;

    /** Monthly transfers: the day of the month of the first occurrence (clamped to month end each month). */
    @Column(name = "anchor_day", updatable = false)
    private Integer anchorDay;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "stopped_by", length = 100)
    private String stoppedBy;

    @Column(name = "stopped_at")
    private Instant stoppedAt;

    @Column(name = "paused_by", length = 100)
    private String pausedBy;

    @Column(name = "paused_at")
    private Instant pausedAt;

    @Version
    private long version;

    protected StandingInstruction() {
    }

    private StandingInstruction(long customerId, Kind kind, long fromAccountId, String createdBy, Instant createdAt) {
        this.customerId = customerId;
        this.kind = kind;
        this.fromAccountId = fromAccountId;
        this.status = Status.ACTIVE;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    static StandingInstruction emi(long customerId, long loanId, long accountId, String by, Instant at) {
        StandingInstruction si = new StandingInstruction(customerId, Kind.EMI, accountId, by, at);
        si.loanId = loanId;
        return si;
    }

    static StandingInstruction transfer(long customerId, long fromId, long toId, Money amount, Frequency frequency,
                                        LocalDate firstDate, String by, Instant at) {
        StandingInstruction si = new StandingInstruction(customerId, Kind.TRANSFER, fromId, by, at);
        si.toAccountId = toId;
        si.amount = amount;
        si.frequency = frequency;
        si.nextDate = firstDate;
        si.anchorDay = firstDate.getDayOfMonth();
        return si;
    }

    void stop(String by, Instant at) {
        if (status == Status.STOPPED) {
            throw new InvalidStateException("Standing instruction " + id + " is already stopped");
        }
        status = Status.STOPPED;
        stoppedBy = by;
        stoppedAt = at;
    }

    /** Paused: the nightly job leaves it alone until it is resumed. Only an active one can be paused. */
    void pause(String by, Instant at) {
        if (status != Status.ACTIVE) {
            throw new InvalidStateException("Standing instruction " + id + " is " + (status == Status.PAUSED
                    ? "already paused" : "stopped") + ": nothing was changed");
        }
        status = Status.PAUSED;
        pausedBy = by;
        pausedAt = at;
    }

    /**
     * Active again. A transfer goes on from its first date on or after {@code today}: the dates that passed while it
     * was paused are skipped, not made up (answers how many were skipped). An EMI auto-debit pays again from the next
     * due date on which the nightly job runs.
     */
    int resume(LocalDate today) {
        if (status != Status.PAUSED) {
            throw new InvalidStateException("Standing instruction " + id + " is " + (status == Status.ACTIVE
                    ? "not paused" : "stopped") + ": nothing was changed");
        }
        status = Status.ACTIVE;
        int skipped = 0;
        if (kind == Kind.TRANSFER) {
            while (nextDate.isBefore(today)) {
                advance();
                skipped++;
            }
        }
        return skipped;
    }

    /** A transfer's occurrence is done (or missed): moves to the next one. */
    void advance() {
        nextDate = frequency.after(nextDate, anchorDay);
    }

    public Long id() {
        return id;
    }

    public long customerId() {
        return customerId;
    }

    public Kind kind() {
        return kind;
    }

    public long fromAccountId() {
        return fromAccountId;
    }

    public Long loanId() {
        return loanId;
    }

    public Long toAccountId() {
        return toAccountId;
    }

    public Money amount() {
        return amount;
    }

    public Frequency frequency() {
        return frequency;
    }

    public LocalDate nextDate() {
        return nextDate;
    }

    public Status status() {
        return status;
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    public boolean isPaused() {
        return status == Status.PAUSED;
    }

    public String pausedBy() {
        return pausedBy;
    }

    public Instant pausedAt() {
        return pausedAt;
    }
}
