package org.coopbank.payment;

/** What a payment pays for. */
public enum PaymentType {
    /** an EMI (or part of what is due) of one of the customer's loans */
    EMI,
    /** money into one of the customer's own accounts */
    DEPOSIT,
    /** a new fixed deposit, its maturity linked to one of the customer's accounts */
    FD_OPENING
}
