package org.coopbank.payment;

/** The record a payment is for: a loan (EMI) or an account (deposit, or the FD's linked account). */
public enum PayableType {
    LOAN, ACCOUNT
}
