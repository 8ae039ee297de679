package org.coopbank.loan;

import java.io.Serializable;
import java.math.BigDecimal;
import org.coopbank.shared.Money;

/**
 * A running floating-rate loan as the manager's rate-change screen lists it: its current rate, outstanding principal,
 * EMI, the instalments not yet paid (tenure left) and how many of its rate changes still wait for the job (read model;
 * staff see full numbers).
 */
public record FloatingLoanRow(Long id, String loanNumber, String customerNumber, String customerName,
                              BigDecimal annualRate, Money outstandingPrincipal, Money emiAmount, long instalmentsLeft,
                              long pendingChanges) implements Serializable {
}
