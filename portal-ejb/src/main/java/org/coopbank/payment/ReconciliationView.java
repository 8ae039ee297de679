package org.coopbank.payment;

import java.time.Instant;
import java.util.List;
import org.coopbank.shared.Money;

/**
 * The accountant's reconciliation screen: payments by status, what the gateway captured (by our records) against the
 * gateway clearing account 1200, flagged payments, stuck orders, the dead-lettered webhook events and the settlements
 * recorded.
 *
 * @param capturedTotal   every payment the gateway captured and we posted (PAID or REFUNDED)
 * @param settledTotal    the gateway settlements recorded, gross (what left 1200 for 1100 and the gateway's charges)
 * @param expectedClearing captured minus settled minus refunded: what 1200 should hold
 * @param refundedTotal   the bank's refunds whose reversal left 1200 (and did not come back: a failed refund returned)
 * @param clearingBalance 1200's balance in the ledger (debits minus credits)
 */
public record ReconciliationView(List<StatusTotal> byStatus, Money capturedTotal, Money settledTotal,
                                 Money expectedClearing, Money clearingBalance, List<DeskPayment> flagged,
                                 List<DeskPayment> stuck, List<DeadLetter> deadLetters,
                                 List<SettlementRow> settlements, int stuckAfterMinutes,
                                 List<FlaggedSettlement> flaggedSettlements, boolean settlementReport,
                                 Money refundedTotal, List<RefundRow> refunds) {

    /**
     * A refund as the accountant sees it: {@code source} BANK (made here) or GATEWAY (made on the gateway's dashboard,
     * flagged); {@code retryable} when the gateway has not accepted it yet.
     */
    public record RefundRow(long id, long paymentId, PaymentType type, Money amount, String source, RefundStatus status,
                            String gatewayRefundId, String reason, String createdBy, Instant createdAt, String lastError,
                            String flagReason, Long journalEntryId) {
        public boolean retryable() {
            return status == RefundStatus.PENDING && "BANK".equals(source);
        }
    }

    /** How many payments are in one status, and their total. */
    public record StatusTotal(PaymentStatus status, long count, Money total) {
    }

    /** A payment as the accountant sees it (customer id, not masked: staff screen). */
    public record DeskPayment(long id, long customerId, PaymentType type, Money amount, PaymentStatus status,
                              String orderId, String gatewayPaymentId, Instant createdAt, String reason) {
    }

    /** A webhook event whose message sits in the dead-letter queue. */
    public record DeadLetter(long rowId, String eventId, String eventType, Instant receivedAt, String orderId) {
    }

    /**
     * A settlement recorded: {@code amount} reached the bank (1100), {@code charges} the gateway kept (5200),
     * {@code gross} left 1200; {@code source} MANUAL (typed in) or REPORT (imported).
     */
    public record SettlementRow(long id, String reference, Money amount, long journalEntryId, String recordedBy,
                                Instant recordedAt, String source, Money gross, Money charges, String utr) {
    }

    /** A settlement of the gateway's report not posted (its amounts do not add up), and not recorded by hand since. */
    public record FlaggedSettlement(String settlementId, String utr, java.math.BigDecimal gross, java.math.BigDecimal fees,
                                    java.math.BigDecimal tax, java.math.BigDecimal amount, String reason, Instant flaggedAt) {
    }

    /** 1200 minus what it should hold; zero when the clearing account agrees with the payments and settlements. */
    public Money difference() {
        return clearingBalance.minus(expectedClearing);
    }

    public boolean balanced() {
        return difference().isZero();
    }
}
