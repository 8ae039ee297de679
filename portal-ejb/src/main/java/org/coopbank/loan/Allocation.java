package org.coopbank.loan;

import org.coopbank.shared.Money;

/** How a repayment was split (penalty, then interest, then principal, oldest instalment first). */
public record Allocation(Money penalty, Money interest, Money principal) {

    public static final Allocation NONE = new Allocation(Money.ZERO, Money.ZERO, Money.ZERO);

    public Money total() {
        return penalty.plus(interest).plus(principal);
    }

    public Allocation plus(Allocation o) {
        return new Allocation(penalty.plus(o.penalty), interest.plus(o.interest), principal.plus(o.principal));
    }
}
