package org.coopbank.deposit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One row of the FD rate card: the annual rate for tenures of {@code minDays} to {@code maxDays}. */
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

    protected FdRate() {
    }

    public FdRate(int minDays, int maxDays, BigDecimal annualRate) {
        this.minDays = minDays;
        this.maxDays = maxDays;
        this.annualRate = annualRate;
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
