package org.coopbank.loan;

import java.time.LocalDate;
import java.util.List;
import org.coopbank.shared.Money;

/**
 * A loan of a nightly emi-overdue chunk, locked in the chunk's transaction ({@link LoanService#lockForPenalty}), with
 * only the instalments that can accrue penal interest on the business date loaded (unsettled, not cancelled, due
 * before the grace cutoff: any other instalment adds nothing) and the penalty charged on the whole schedule so far (for
 * the audit record). A loan's schedule is about twenty instalments, of which a night's work touches one to three.
 */
public record OverdueLoan(Loan loan, List<LoanInstallment> accruable, Money penaltyCharged) {

    public long id() {
        return loan.id();
    }

    /** {@link Loan#penaltyAccruedOnOrAfter}, over the instalments that can accrue. */
    public boolean penaltyAccruedOnOrAfter(LocalDate date) {
        return Loan.penaltyAccruedOnOrAfter(accruable, date);
    }
}
