package org.coopbank.loan;

import java.math.BigDecimal;
import org.coopbank.shared.Money;

/** A loan as lists show it (read model). */
public record LoanRow(Long id, String loanNumber, LoanStatus status, Money principal, Money outstandingPrincipal,
                      Money emiAmount, BigDecimal annualRate, int tenureMonths) {
}
