package org.coopbank.payment;

/** A payment was settled (PAID) or failed; observed after the transaction commits to tell the customer. */
public record PaymentConcluded(long paymentId) {
}
