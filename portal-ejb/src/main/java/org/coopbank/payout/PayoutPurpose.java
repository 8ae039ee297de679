package org.coopbank.payout;

/** What a payout pays: an FD's maturity amount, or a loan's principal disbursed to an external account. */
public enum PayoutPurpose { FD_MATURITY, LOAN_DISBURSEMENT }
