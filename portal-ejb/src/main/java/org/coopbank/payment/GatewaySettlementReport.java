package org.coopbank.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.coopbank.shared.Money;

/**
 * One settlement as the gateway's settlement report gives it: the gateway paid {@code net} into the bank's account for
 * payments worth {@code gross}, keeping {@code fees} and the GST on them ({@code tax}). Amounts are rupees at paise; a
 * report whose amounts do not add up ({@link #problem()}) is flagged for the accountant, never posted.
 *
 * @param id        the gateway's settlement id (unique per gateway), e.g. {@code setl_DGlQ1Rj8os78Ec}
 * @param gross     what the settlement takes out of 1200 gateway clearing
 * @param fees      the gateway's fee, without the tax
 * @param tax       the GST on the fee
 * @param net       what reached the bank (1100)
 * @param utr       the bank transfer's unique transaction reference (may be null while not processed)
 * @param status    the gateway's status: {@code created}, {@code processed} or {@code failed}
 * @param createdAt when the gateway made the settlement
 */
public record GatewaySettlementReport(String id, Money gross, Money fees, Money tax, Money net, String utr,
                                      String status, Instant createdAt) {

    public static final String PROCESSED = "processed";

    /** Integer paise, as gateways send them, to rupees at paise (exact; the rounding is explicit and never changes it). */
    public static Money rupees(long paise) {
        return Money.of(BigDecimal.valueOf(paise).movePointLeft(Money.SCALE).setScale(Money.SCALE, RoundingMode.HALF_UP));
    }

    /**
     * One settlement entity in Razorpay's JSON (the settlement report's items and the {@code settlement.processed}
     * webhook's {@code payload.settlement.entity}), amounts in paise, to rupees (exact). Razorpay's {@code amount} is what
     * it paid into the bank and its {@code fees} the fee <em>including</em> the GST in {@code tax} (as on its payment
     * entity), so gross = amount + fees and the fee without tax = fees - tax (negative, and so flagged, if tax &gt; fees).
     */
    public static GatewaySettlementReport fromRazorpay(org.json.JSONObject j) {
        long amount = j.getLong("amount");
        long fees = j.optLong("fees", 0);
        long tax = j.optLong("tax", 0);
        return new GatewaySettlementReport(j.getString("id"), rupees(Math.addExact(amount, fees)),
                rupees(Math.subtractExact(fees, tax)), rupees(tax), rupees(amount),
                j.isNull("utr") ? null : j.optString("utr", null), j.optString("status", ""),
                Instant.ofEpochSecond(j.optLong("created_at", 0)));
    }

    /** The gateway's charges: fee plus tax, the expense on 5200. */
    public Money charges() {
        return fees.plus(tax);
    }

    /** Only a processed settlement has reached the bank. */
    public boolean processed() {
        return PROCESSED.equalsIgnoreCase(status);
    }

    /** Why the amounts cannot be posted as they are, or null when they add up. */
    public String problem() {
        if (id == null || id.isBlank() || id.length() > 64) {
            return "no usable settlement id";
        }
        if (gross == null || fees == null || tax == null || net == null) {
            return "an amount is missing";
        }
        Money limit = Money.of("9999999999999.99");
        if (gross.isGreaterThan(limit) || net.isGreaterThan(limit) || fees.isGreaterThan(limit) || tax.isGreaterThan(limit)) {
            return "an amount is too large";
        }
        if (fees.isNegative() || tax.isNegative() || !net.isPositive()) {
            return "negative fee or tax, or nothing paid to the bank (net " + net + ", fees " + fees + ", tax " + tax + ")";
        }
        if (!gross.equals(net.plus(fees).plus(tax))) {
            return "amounts do not add up: gross " + gross + " is not net " + net + " + fees " + fees + " + tax " + tax;
        }
        if (utr != null && utr.length() > 64) {
            return "UTR longer than 64 characters";
        }
        return null;
    }
}
