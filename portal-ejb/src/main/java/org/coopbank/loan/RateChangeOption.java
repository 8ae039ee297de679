package org.coopbank.loan;

/** What a floating-rate loan's rate change moves; the manager chooses per change. */
public enum RateChangeOption {
    /** the EMI stays, the number of instalments moves (more if the rate rose, fewer if it fell) */
    KEEP_EMI,
    /** the number of instalments stays, the EMI moves */
    KEEP_TENURE
}
