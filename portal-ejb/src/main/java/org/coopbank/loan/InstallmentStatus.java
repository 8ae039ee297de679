package org.coopbank.loan;

/** CANCELLED: an instalment that a prepayment with a shorter tenure made unnecessary (owes nothing). */
public enum InstallmentStatus { PENDING, PARTIALLY_PAID, OVERDUE, PAID, WAIVED, CANCELLED }
