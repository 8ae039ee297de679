/**
 * The {@code emi-overdue} job (daily, job parameter {@code businessDate}): for each disbursed loan with an
 * instalment unpaid after its due date plus the grace days ({@code loan.grace-days}), marks the instalments
 * OVERDUE and brings their penal interest ({@code loan.penal-rate}, actual days / 365 on the overdue principal,
 * cumulative from due date + grace, rounded once) up to the business date, posting the difference
 * (debit 1320 penalty receivable, credit 4100 penal interest) through {@code LoanService.chargePenalInterest}.
 * One transaction per chunk (JBeret's: the loans locked together, posted in JDBC batches) with each loan's key
 * {@code (emi-overdue, loan:<id>, date)} inserted in {@code batch_item_done} in it; a late
 * run for a missed date charges up to that date only, and the next date's run adds the rest.
 */
package org.coopbank.batch.overdue;
