package org.coopbank.payment;

/**
 * INITIATED → PAID (money posted) or FAILED; FAILED → PAID on a late capture; PAID → REFUNDED. FLAGGED: the gateway's
 * amount or currency differed from ours, or the money could not be applied: nothing posted, the accountant decides.
 */
public enum PaymentStatus {
    INITIATED, PAID, FAILED, REFUNDED, FLAGGED
}
