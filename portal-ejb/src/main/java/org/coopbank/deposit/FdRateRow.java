package org.coopbank.deposit;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One band of an FD rate card (read model): tenures of {@code minDays} to {@code maxDays} days earn {@code annualRate}. */
public record FdRateRow(int minDays, int maxDays, BigDecimal annualRate, LocalDate effectiveFrom, LocalDate effectiveTo) {
}
