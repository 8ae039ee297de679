package org.coopbank.selfservice;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.coopbank.deposit.FdStatus;
import org.coopbank.shared.Money;

/**
 * One of the customer's fixed deposits, with what a premature closure would pay today ({@code null} unless the FD is
 * active and before maturity) and the linked account, masked.
 */
public record MyDeposit(Long id, String fdNumber, FdStatus status, Money principal, BigDecimal annualRate,
                        LocalDate openedOn, LocalDate maturityDate, Money maturityAmount, Money closureToday,
                        String linkedAccount, long daysToMaturity) {
}
