/**
 * The {@code emi-schedule} job (daily, job parameter {@code businessDate}): for each disbursed loan with a floating-rate
 * change effective by that date still pending ({@code loan_rate_change}, V26, made by a manager through
 * {@code RateChanges.change}), the unpaid part of the schedule is rebuilt at the new rate by the EMI rule
 * ({@code Loan.rebuildSchedule} over {@code EmiCalculator.reschedule}, the prepayment's maths), keeping the EMI or the
 * tenure as the manager chose; paid, part-paid and running instalments keep their figures and the outstanding
 * principal does not move. A disbursed loan with no instalments gets its schedule. One transaction per loan with the
 * key {@code loan:<id>:rc:<change id>} (dated the change's date) or {@code loan:<id>:schedule}; refusals (an EMI that
 * no longer covers the interest) are skipped and logged, the change left pending.
 */
package org.coopbank.batch.schedule;
