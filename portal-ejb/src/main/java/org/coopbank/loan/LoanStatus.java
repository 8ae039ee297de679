package org.coopbank.loan;

public enum LoanStatus { APPLIED, APPROVED, REJECTED, DISBURSED, CLOSED }
