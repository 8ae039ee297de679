package org.coopbank.account;

/** What a line of a customer's statement is. */
public enum TxnType {
    CASH_DEPOSIT,
    CASH_WITHDRAWAL,
    TRANSFER_IN,
    TRANSFER_OUT,
    LOAN_DISBURSEMENT,
    EMI_PAYMENT,
    FD_OPENING,
    FD_MATURITY,
    FD_PREMATURE_CLOSURE,
    INTEREST_CREDIT,
    ONLINE_DEPOSIT,
    /** a payout to the customer's bank account that failed or was reversed, credited here instead */
    PAYOUT_RETURNED,
    /** an online deposit refunded through the gateway (taken back out of the account) */
    ONLINE_REFUND,
    /** a refund the gateway could not make, credited back to the account */
    REFUND_RETURNED,
    REVERSAL
}
