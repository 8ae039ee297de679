package org.coopbank.loan;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.coopbank.shared.Money;

/**
 * A loan waiting for a manager (APPLIED: approve or reject; APPROVED: disburse), with the applicant and the account
 * the principal will be credited to (read model). {@code payoutToExternal}: the clerk asked for the loan to be paid out
 * to the customer's bank account elsewhere; the hourly loan-disbursement run pays it, a manager cannot disburse it.
 */
public record LoanDecisionRow(Long id, String loanNumber, LoanStatus status, String customerNumber, String customerName,
                              String accountNumber, Money principal, BigDecimal annualRate, int tenureMonths,
                              String purpose, LocalDate appliedOn, String appliedBy, String decidedBy,
                              boolean payoutToExternal) {

    /** The EMI the schedule will have, as the clerk previewed it. */
    public Money emi() {
        return EmiCalculator.emi(principal, annualRate, tenureMonths);
    }

    /** "staff:clerk" reads as "clerk". */
    public String appliedByName() {
        return appliedBy == null ? null : appliedBy.substring(appliedBy.indexOf(':') + 1);
    }
}
