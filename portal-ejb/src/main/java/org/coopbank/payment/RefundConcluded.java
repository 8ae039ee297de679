package org.coopbank.payment;

/** A refund was made here (the money taken back), processed by the gateway, or failed there (the money returned). */
public record RefundConcluded(long refundId, What what) {

    public enum What { INITIATED, PROCESSED, FAILED }
}
