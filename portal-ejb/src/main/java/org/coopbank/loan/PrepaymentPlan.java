package org.coopbank.loan;

import java.time.LocalDate;
import java.util.List;
import org.coopbank.shared.Money;

/**
 * A prepayment worked out before it is posted (the preview shows one per {@link PrepaymentOption}).
 * {@code brokenPeriodInterest} is the interest on the old balance from {@code interestFrom} (the last due date) to the
 * prepayment date, taken first from {@code amount}; the rest, {@code principalReduction}, reduces principal to
 * {@code newBalance}. {@code interestSaved} compares the interest still to pay before and after (broken period included).
 */
public record PrepaymentPlan(PrepaymentOption option, Money amount, LocalDate interestFrom, Money brokenPeriodInterest,
                             Money principalReduction, Money newBalance, Money currentEmi, Money newEmi,
                             int instalmentsBefore, int instalmentsAfter, LocalDate lastDueDate, Money interestSaved,
                             List<EmiCalculator.Line> lines) {

    public PrepaymentPlan {
        lines = List.copyOf(lines);
    }
}
