package org.coopbank.payout;

/** A payout reached PROCESSED, REVERSED or FAILED: the customer is told after the commit. */
public record PayoutConcluded(long payoutId) {
}
