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
    REVERSAL
}
