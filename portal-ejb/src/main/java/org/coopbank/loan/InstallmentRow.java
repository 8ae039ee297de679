package org.coopbank.loan;

import java.time.LocalDate;
import org.coopbank.shared.Money;

/** One instalment of a schedule with what is paid of it (read model). */
public record InstallmentRow(int seqNo, LocalDate dueDate, Money principalDue, Money interestDue, Money penaltyDue,
                             Money principalPaid, Money interestPaid, Money penaltyPaid, InstallmentStatus status) {

    public Money total() {
        return principalDue.plus(interestDue).plus(penaltyDue);
    }

    public Money outstanding() {
        return total().minus(principalPaid).minus(interestPaid).minus(penaltyPaid);
    }
}
