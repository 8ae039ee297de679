/**
 * The customer's standing instructions (set up by a clerk at the branch; carried out by the nightly
 * standing-instructions job): what each pays, from which account (masked), the next date and the last outcome.
 * Read-only here; the list comes from the self-service façade, scoped to the signed-in customer.
 */
package org.coopbank.portal.standing;
