package org.coopbank.loan;

import java.time.LocalDate;
import org.coopbank.shared.Money;

/**
 * What closing a loan on {@code on} costs, without posting anything: amounts already due (principal, interest,
 * penalty brought up to {@code on}), the principal not yet due, interest on it for the broken period from
 * {@code interestFrom} (the last due date, or the disbursement date) on actual days / 365, and the foreclosure charge.
 */
public record ForeclosureQuote(LocalDate on, Money principalDue, Money interestDue, Money penalty, Money principalNotDue,
                               LocalDate interestFrom, Money brokenPeriodInterest, Money charge) {

    public Money principal() {
        return principalDue.plus(principalNotDue);
    }

    public Money total() {
        return principalDue.plus(interestDue).plus(penalty).plus(principalNotDue).plus(brokenPeriodInterest).plus(charge);
    }
}
