package org.coopbank.payment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.coopbank.settings.SettingsService;
import org.coopbank.shared.Money;

/**
 * What the simulated gateway captured, read from our own payments made through it (it keeps no books of its own), and
 * its fee settings ({@code payment.simulated.settlement-fee-percent}, {@code payment.simulated.settlement-gst-percent}).
 * Captured means PAID or REFUNDED, less what was refunded of it (as Razorpay deducts refunds from what it settles;
 * simplified: netted off on the capture's day, not the refund's).
 */
@Stateless
public class SimulatedCaptures {

    public static final String FEE_PERCENT = "payment.simulated.settlement-fee-percent";
    public static final String GST_PERCENT = "payment.simulated.settlement-gst-percent";

    @PersistenceContext
    EntityManager em;

    @Inject
    SettingsService settings;

    public List<SimulatedSettlements.Capture> capturedBetween(Instant from, Instant to) {
        return em.createQuery("""
                        SELECT p.settledAt, p.amount, p.refundedAmount FROM Payment p WHERE p.gateway = :g AND p.status IN (:paid, :refunded)
                        AND p.settledAt >= :from AND p.settledAt < :to ORDER BY p.settledAt, p.id""", Object[].class)
                .setParameter("g", SimulatedGateway.NAME).setParameter("paid", PaymentStatus.PAID)
                .setParameter("refunded", PaymentStatus.REFUNDED).setParameter("from", from).setParameter("to", to)
                .getResultList().stream().map(r -> new SimulatedSettlements.Capture((Instant) r[0],
                        r[2] == null ? (Money) r[1] : ((Money) r[1]).minus((Money) r[2])))
                .filter(c -> c.amount().isPositive()).toList();
    }

    public SimulatedSettlements.Fees fees() {
        return new SimulatedSettlements.Fees(percent(FEE_PERCENT, "2"), percent(GST_PERCENT, "18"));
    }

    private BigDecimal percent(String key, String fallback) {
        try {
            return settings.decimalSetting(key);
        } catch (RuntimeException e) {
            return new BigDecimal(fallback);
        }
    }
}
