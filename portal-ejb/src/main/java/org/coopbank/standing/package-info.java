/**
 * Standing instructions (table {@code standing_instruction}, V20): a customer's EMI auto-debit (the loan's linked
 * account pays, on each instalment's due date, everything then due, penal interest included, but only what the
 * balance allows: the rest stays due and the customer is told), and recurring transfers between the customer's own
 * accounts (weekly or monthly from a first date; an occurrence the balance does not cover is missed and told, the
 * next one is tried on its date). Carried out by the nightly {@code standing-instructions} job through
 * {@code LoanService.repay} (channel ACCOUNT, as the system) and {@code AccountService.transfer} (on the customer's
 * mandate); set up and stopped by a clerk or the customer, audited.
 */
package org.coopbank.standing;
