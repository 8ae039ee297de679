package org.coopbank.loan;

public enum InstallmentStatus { PENDING, PARTIALLY_PAID, OVERDUE, PAID, WAIVED }
