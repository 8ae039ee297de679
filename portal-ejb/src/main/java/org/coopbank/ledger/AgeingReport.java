package org.coopbank.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.shared.Money;

/**
 * Disbursed loans by days past due of their oldest unpaid instalment, as of a date. The last bucket (more than 90
 * days) is the non-performing assets (NPA) line.
 */
public record AgeingReport(LocalDate asOf, List<Bucket> buckets) {

    /** The buckets in order: current, 1–30, 31–60, 61–90, 90+ days past due. */
    public enum Band { CURRENT, DAYS_1_30, DAYS_31_60, DAYS_61_90, DAYS_90_PLUS }

    public record Bucket(Band band, long loans, Money outstanding) {

        public boolean npa() {
            return band == Band.DAYS_90_PLUS;
        }
    }

    public Bucket bucket(Band band) {
        return buckets.stream().filter(b -> b.band() == band).findFirst().orElseThrow();
    }

    public long totalLoans() {
        return buckets.stream().mapToLong(Bucket::loans).sum();
    }

    public Money totalOutstanding() {
        return buckets.stream().map(Bucket::outstanding).reduce(Money.ZERO, Money::plus);
    }

    public Money npaOutstanding() {
        return bucket(Band.DAYS_90_PLUS).outstanding();
    }

    /** NPA principal as a percentage of the portfolio's outstanding principal, two decimals (0 for no portfolio). */
    public BigDecimal npaPercent() {
        Money total = totalOutstanding();
        if (total.isZero()) {
            return BigDecimal.ZERO.setScale(2);
        }
        return npaOutstanding().amount().multiply(BigDecimal.valueOf(100)).divide(total.amount(), 2, RoundingMode.HALF_UP);
    }
}
