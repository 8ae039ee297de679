package org.coopbank.deposit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the FD rate card: the annual rate for tenures of {@code minDays} to {@code maxDays}, in force from
 * {@code effectiveFrom} until {@code effectiveTo}. A new card ends the rows in force and adds new ones, so the rate
 * that applied on any past date can be found again (premature closure needs the card of the opening date).
 */
@Entity
@Table(name = "fd_rate")
public class FdRate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fd_rate_seq")
    @SequenceGenerator(name = "fd_rate_seq", sequenceName = "fd_rate_seq", allocationSize = 50)
    private Long id;

    @Column(name = "min_days", nullable = false)
    private int minDays;

    @Column(name = "max_days", nullable = false)
    private int maxDays;

    @Column(name = "annual_rate", nullable = false, precision = 7, scale = 4)
    private BigDecimal annualRate;

    /** The first business date this row applies to. */
    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    /** The first business date it no longer applies (null: still in force). Rows are never deleted: the card's history. */
    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    protected FdRate() {
    }

    FdRate(int minDays, int maxDays, BigDecimal annualRate, LocalDate effectiveFrom) {
        this.minDays = minDays;
        this.maxDays = maxDays;
        this.annualRate = annualRate;
        this.effectiveFrom = effectiveFrom;
    }

    void endOn(LocalDate date) {
        this.effectiveTo = date;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate effectiveTo() {
        return effectiveTo;
    }

    public Long id() {
        return id;
    }

    public int minDays() {
        return minDays;
    }

    public int maxDays() {
        return maxDays;
    }

    public BigDecimal annualRate() {
        return annualRate;
    }
}
