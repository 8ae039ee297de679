package org.coopbank.payout;

/** A payout was recorded (or asked for again while still QUEUED): the gateway is asked after the commit. */
public record PayoutQueued(long payoutId) {
}
