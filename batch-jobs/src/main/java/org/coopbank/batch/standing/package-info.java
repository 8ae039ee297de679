/**
 * The {@code standing-instructions} job (daily, job parameter {@code businessDate}): each active EMI auto-debit whose
 * loan has an unpaid instalment due on the date pays what is due from the loan's linked account, as far as the balance
 * allows ({@code LoanService.repay}, channel ACCOUNT); each recurring transfer whose next date has come is carried out
 * (missed occurrences of a late run too, each on its own; one the balance does not cover is skipped and told). One
 * transaction per instruction with the key {@code (standing-instructions, si:<id>, date)}. A paused or stopped
 * instruction is not selected. See
 * {@code org.coopbank.standing}.
 */
package org.coopbank.batch.standing;
