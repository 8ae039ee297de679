/**
 * The customer's own view of the bank: one façade, {@link org.coopbank.selfservice.SelfService}, used by every portal
 * page and every {@code /api/portal} resource.
 *
 * <p>Rules: every method starts from the {@link org.coopbank.shared.Actor}'s customer id, never from a parameter, so
 * a page or resource cannot ask for someone else's data by mistake; an id that is not the customer's own answers
 * {@link org.coopbank.shared.NotFoundException} exactly like an id that does not exist. What leaves this package is a
 * record of its own ({@code My…}), never an entity, with account numbers masked ({@code XXXX1234}) and digit runs in
 * narrations masked too: the full number never reaches a customer-facing output. The customer's standing instructions
 * are read here too ({@code standingInstructions}), with the nightly job's last outcome; the customer may pause,
 * resume or cancel one ({@code pauseStandingInstruction}, {@code resumeStandingInstruction},
 * {@code cancelStandingInstruction}) or set up an EMI auto-debit of a running loan or a recurring transfer between
 * their own accounts, through the same {@code StandingInstructionService} the clerk uses, audited as the customer.
 */
package org.coopbank.selfservice;
