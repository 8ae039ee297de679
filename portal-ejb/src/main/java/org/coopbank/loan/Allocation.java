package org.coopbank.loan;

import org.coopbank.shared.Money;

/**
 * How a repayment was split: penalty, interest and principal (oldest instalment first), plus a fee that belongs to no
 * instalment (the foreclosure charge).
 */
public record Allocation(Money penalty, Money interest, Money principal, Money fee) {

    public static final Allocation NONE = new Allocation(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    public Allocation(Money penalty, Money interest, Money principal) {
        this(penalty, interest, principal, Money.ZERO);
    }

    public Money total() {
        return penalty.plus(interest).plus(principal).plus(fee);
    }

    public Allocation plus(Allocation o) {
        return new Allocation(penalty.plus(o.penalty), interest.plus(o.interest), principal.plus(o.principal),
                fee.plus(o.fee));
    }

    public Allocation withFee(Money f) {
        return new Allocation(penalty, interest, principal, fee.plus(f));
    }
}
