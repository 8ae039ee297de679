package org.coopbank.loan;

/** What a prepayment does to the rest of the loan; the customer chooses per prepayment. */
public enum PrepaymentOption {
    /** same number of instalments, lower EMI */
    REDUCE_EMI,
    /** same EMI, fewer instalments */
    REDUCE_TENURE
}
