package org.coopbank.selfservice;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.coopbank.loan.LoanStatus;
import org.coopbank.shared.Money;

/**
 * One of the customer's loans: outstanding principal, the next instalment (date and what is still to pay of it),
 * what is overdue, and the penal interest charged so far. {@code repaymentAccount} is masked.
 */
public record MyLoan(Long id, String loanNumber, LoanStatus status, Money principal, Money outstanding, Money emi,
                     BigDecimal annualRate, int tenureMonths, LocalDate disbursedOn, LocalDate nextDueDate,
                     Money nextDueAmount, Money overdueAmount, int overdueInstalments, Money penaltyCharged,
                     String repaymentAccount) {

    public boolean overdue() {
        return overdueInstalments > 0;
    }
}
