package org.coopbank.loan;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A rate change a manager made on a running floating-rate loan, effective from its date, with what it keeps (the EMI
 * or the tenure). Pending until the emi-schedule job has rebuilt the schedule ({@link #applied}).
 */
@Entity
@Table(name = "loan_rate_change")
public class LoanRateChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "loan_rate_change_seq")
    @SequenceGenerator(name = "loan_rate_change_seq", sequenceName = "loan_rate_change_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "loan_id", nullable = false)
    private Loan loan;

    @Column(name = "old_rate", nullable = false, precision = 7, scale = 4)
    private BigDecimal oldRate;

    @Column(name = "new_rate", nullable = false, precision = 7, scale = 4)
    private BigDecimal newRate;

    @Enumerated(EnumType.STRING)
    @Column(name = "keep_what", nullable = false, length = 12)
    private RateChangeOption keep;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "applied_on")
    private LocalDate appliedOn;

    @Column(length = 200)
    private String outcome;

    @Version
    private long version;

    protected LoanRateChange() {
    }

    LoanRateChange(Loan loan, BigDecimal oldRate, BigDecimal newRate, RateChangeOption keep, LocalDate effectiveOn,
                   String changedBy, Instant changedAt) {
        this.loan = loan;
        this.oldRate = oldRate;
        this.newRate = newRate;
        this.keep = keep;
        this.effectiveOn = effectiveOn;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    void applied(LocalDate on, String what) {
        appliedOn = on;
        outcome = what.length() > 200 ? what.substring(0, 200) : what;
    }

    public Long id() {
        return id;
    }

    public Loan loan() {
        return loan;
    }

    public BigDecimal oldRate() {
        return oldRate;
    }

    public BigDecimal newRate() {
        return newRate;
    }

    public RateChangeOption keep() {
        return keep;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public String changedBy() {
        return changedBy;
    }

    public LocalDate appliedOn() {
        return appliedOn;
    }

    public String outcome() {
        return outcome;
    }
}
