package org.coopbank.loan;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.coopbank.shared.Money;

/** One loan with its borrower, for the counter and the loan pages (read model). */
public record LoanSummary(Long id, String loanNumber, LoanStatus status, Money principal, Money outstandingPrincipal,
                          Money emiAmount, BigDecimal annualRate, int tenureMonths, LocalDate disbursedOn,
                          Long customerId, String customerName, String accountNumber) {
}
