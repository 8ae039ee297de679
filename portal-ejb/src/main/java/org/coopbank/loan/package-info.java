/**
 * Loans: APPLIED → APPROVED → DISBURSED → CLOSED, or REJECTED before disbursement; the clerk who entered an
 * application cannot approve it. Disbursement credits the customer's own account and generates a reducing-balance
 * EMI schedule ({@link org.coopbank.loan.EmiCalculator}, exact monthly rate). Repayments first bring penal interest up
 * to their date, then go to the oldest unpaid instalment first and, inside one, to penalty, then interest, then
 * principal; paying more than is due now is refused unless declared: a prepayment (broken-period interest first, then
 * principal; the customer chooses a lower EMI or a shorter tenure) or a foreclosure (interest to the day on the
 * principal not yet due, plus the foreclosure charge to 4200). Penal interest is cumulative from due date + grace on
 * an exact basis, rounded once ({@link org.coopbank.loan.LoanInstallment#accruePenalty}). The loans-receivable (1300)
 * and penalty-receivable (1320) control accounts equal the sums of outstanding principal and unpaid penalty.
 * A loan applied for as floating-rate may have its rate changed by a manager while it runs
 * ({@link org.coopbank.loan.RateChanges}: keep the EMI or keep the tenure); the emi-schedule job rebuilds the unpaid
 * part of its schedule by the same EMI rule as a prepayment ({@link org.coopbank.loan.Loan#rebuildSchedule}), never
 * moving the outstanding principal.
 * The rules in words: README "Money rules".
 */
package org.coopbank.loan;
