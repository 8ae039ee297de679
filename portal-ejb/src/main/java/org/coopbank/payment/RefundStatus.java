package org.coopbank.payment;

/**
 * A refund's life (table {@code payment_refund}, V29). PENDING: the reversal is posted, the gateway not asked yet or it
 * did not answer (the accountant retries). REQUESTED: the gateway accepted it. PROCESSED: the gateway says the money
 * went back ({@code refund.processed}). FAILED: the gateway could not refund ({@code refund.failed}); the money is
 * credited back to the customer's account once. Moves only forward, by conditional updates.
 */
public enum RefundStatus {
    PENDING, REQUESTED, PROCESSED, FAILED
}
