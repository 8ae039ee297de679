package org.coopbank.selfservice;

import java.time.LocalDate;
import org.coopbank.shared.Money;

/** One instalment of a loan's schedule as the customer reads it: what was due, what is paid, and its state. */
public record MyInstallment(int seqNo, LocalDate dueDate, Money principal, Money interest, Money penalty, Money total,
                            Money paid, Money outstanding, State state) {

    /** Paid, part paid, due (today or next), upcoming, overdue, or cancelled by a shorter-tenure prepayment. */
    public enum State { PAID, PART_PAID, OVERDUE, DUE, UPCOMING, CANCELLED, WAIVED }
}
