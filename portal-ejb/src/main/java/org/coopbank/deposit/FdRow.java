package org.coopbank.deposit;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.coopbank.shared.Money;

/** A fixed deposit as lists show it (read model). */
public record FdRow(Long id, String fdNumber, FdStatus status, Money principal, BigDecimal annualRate,
                    LocalDate openedOn, LocalDate maturityDate, Money maturityAmount) {
}
