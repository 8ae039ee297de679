package org.coopbank.ledger;

/** What a journal entry records (README "Money rules" and the chart of accounts in V2/V4). */
public enum EventType {
    CASH_DEPOSIT,
    CASH_WITHDRAWAL,
    TRANSFER,
    LOAN_DISBURSEMENT,
    LOAN_REPAYMENT,
    PENAL_INTEREST,
    FD_OPENING,
    FD_MATURITY,
    FD_PREMATURE_CLOSURE,
    SAVINGS_INTEREST,
    GATEWAY_SETTLEMENT,
    /** money paid into a customer account online through the payment gateway (debit 1200, credit 20x0) */
    ONLINE_DEPOSIT,
    /** a payout the gateway reported processed: payout clearing to the bank (debit 2200, credit 1100) */
    PAYOUT_PROCESSED,
    /** a payout that failed or came back: payout clearing (or the bank, when it had been sent) to the customer's account */
    PAYOUT_RETURNED,
    /** an online payment refunded to the customer through the gateway: the payable's side (20x0 or 2100) to 1200 */
    ONLINE_REFUND,
    /** a refund the gateway could not make: the money back from 1200 to the customer's account (debit 1200, credit 20x0) */
    ONLINE_REFUND_RETURNED,
    REVERSAL
}
