/**
 * The {@code fd-maturity} job (daily, job parameter {@code businessDate}): every ACTIVE FD whose maturity date has
 * come by the business date is closed at its maturity amount and credited to its linked account (debit 2100
 * principal and 5100 interest, credit 20x0), or, when auto-renewal was chosen at opening ({@code auto_renew}),
 * renewed: the maturity amount becomes the principal of a new FD of the same tenure from the old maturity date, at
 * the rate the card in force on that date gives (debit 2100 and 5100, credit 2100); with no rate for the tenure it is
 * paid to the linked account instead. One transaction per chunk (JBeret's: the FDs and their accounts locked together,
 * posted in JDBC batches) with each FD's key {@code (fd-maturity, fd:<id>, date)} inserted in {@code batch_item_done}
 * in it (and {@code uk_fd_renewed_from}: an FD is renewed once). A linked account that cannot take the credit (frozen,
 * closed) is a business refusal, found by the reader for each page: the item is skipped, logged, and tried again on
 * the next run (one frozen in the instant between the reader and the chunk is left too, and logged).
 * <p>
 * Payout: an FD opened with the instruction "pay out on maturity" ({@code payout_to_external}, V24) whose customer has
 * an ACTIVE linked bank account is paid out instead through {@code PayoutService.payFdMaturity} (debit 2100/5100,
 * credit 2200 payout clearing; the gateway asked after the item commits, followed by the payout webhooks; a reversal
 * credits the linked account); the chunk's work is in {@code org.coopbank.nightly.NightlyItems#matureFds}.
 */
package org.coopbank.batch.depositmaturity;
