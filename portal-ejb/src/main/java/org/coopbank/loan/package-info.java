/**
 * Loans: APPLIED → APPROVED → DISBURSED → CLOSED, or REJECTED before disbursement. Disbursement credits the
 * customer's own account and generates a reducing-balance EMI schedule ({@link org.coopbank.loan.EmiCalculator}).
 * Repayments go to the oldest unpaid instalment first and, inside one, to penalty, then interest, then principal;
 * paying more than is due now is refused unless declared: a prepayment (wholly to principal, the remaining
 * schedule recomputed with a lower EMI) or a foreclosure. Penal interest accrues daily on overdue
 * principal after the grace days. The loans-receivable (1300) and penalty-receivable (1320) control accounts equal
 * the sums of outstanding principal and unpaid penalty.
 */
package org.coopbank.loan;
