package org.coopbank.payout;

/**
 * QUEUED (recorded and in transit on 2200, the gateway not asked yet or not reachable), PROCESSING (the gateway has it),
 * PROCESSED (sent: 2200 → 1100), REVERSED or FAILED (came back to the customer's own account here).
 */
public enum PayoutStatus { QUEUED, PROCESSING, PROCESSED, REVERSED, FAILED }
