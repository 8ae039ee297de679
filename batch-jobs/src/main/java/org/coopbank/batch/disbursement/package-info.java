/**
 * The {@code loan-disbursement} job (hourly and on demand, job parameter {@code businessDate}): each loan APPROVED on
 * or before that date is disbursed through the core's {@code LoanService.disburse} (principal credited to the loan's
 * own account, debit 1300 loans receivable / credit 20x0, the EMI schedule built from the business date), one
 * transaction per loan with its key {@code (loan-disbursement, loan:<id>, date)} ({@code DisbursementItems}).
 * Refusals (account frozen or closed, loan no longer approved) are skipped and logged. The once-guard is per date and
 * hour ({@code batch_job_run.run_slot}, V25), and a start is refused while a run is still going.
 * <p>
 * Not yet: paying a disbursement out to an external bank account. {@code org.coopbank.payout.PayoutService} is being
 * built separately; {@code DisbursementItems.disburse} is the extension point where it plugs in.
 */
package org.coopbank.batch.disbursement;
