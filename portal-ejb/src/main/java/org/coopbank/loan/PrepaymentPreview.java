package org.coopbank.loan;

/** A prepayment's two outcomes side by side, so the customer can choose: lower EMI, or shorter tenure. */
public record PrepaymentPreview(PrepaymentPlan reduceEmi, PrepaymentPlan reduceTenure) {
}
