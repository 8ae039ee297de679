package org.coopbank.loan;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A rate change as the manager's screen lists it: pending until the emi-schedule job applies it (read model). */
public record RateChangeRow(Long id, String loanNumber, String customerName, BigDecimal oldRate, BigDecimal newRate,
                            RateChangeOption keep, LocalDate effectiveOn, String changedBy, Instant changedAt,
                            LocalDate appliedOn, String outcome) implements Serializable {

    public boolean pending() {
        return appliedOn == null;
    }

    /** "staff:manager" reads as "manager". */
    public String changedByName() {
        return changedBy == null ? null : changedBy.substring(changedBy.indexOf(':') + 1);
    }
}
