package org.coopbank.ledger;

/** What a journal entry records (DESIGN.md §2 posting rules). */
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
    REVERSAL
}
