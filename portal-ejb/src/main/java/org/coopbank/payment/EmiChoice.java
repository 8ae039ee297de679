package org.coopbank.payment;

/** Which EMI amount the customer pays; the server computes it from the schedule. */
public enum EmiChoice {
    /** the oldest unpaid instalment */
    NEXT,
    /** everything due on or before today (overdue instalments with their penal interest) */
    OVERDUE,
    /** an amount the customer chooses, up to what may be paid now */
    PART
}
