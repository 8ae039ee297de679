package org.coopbank.payout;

/**
 * The payout gateway could not be reached or refused a call. Not a rollback exception of the payout itself: the
 * payout stays QUEUED with the reason, and asking again reuses its idempotency key. {@link #retryable()} says whether
 * the same request may succeed later (a time-out, a 5xx) or needs a person (a 4xx: bad IFSC at the gateway, ...).
 */
public class PayoutGatewayException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final boolean retryable;

    public PayoutGatewayException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public PayoutGatewayException(String message, Throwable cause) {
        super(message, cause);
        this.retryable = true;
    }

    public boolean retryable() {
        return retryable;
    }
}
