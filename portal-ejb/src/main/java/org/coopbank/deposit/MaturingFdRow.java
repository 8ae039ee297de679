package org.coopbank.deposit;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.coopbank.shared.Money;

/** An active FD maturing soon, with its holder and the account it pays out to (read model). */
public record MaturingFdRow(Long id, String fdNumber, String customerNumber, String customerName, Money principal,
                            BigDecimal annualRate, LocalDate maturityDate, Money maturityAmount,
                            String linkedAccountNumber) {
}
