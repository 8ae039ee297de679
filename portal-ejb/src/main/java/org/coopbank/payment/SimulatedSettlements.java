package org.coopbank.payment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.Money;

/**
 * SIMULATED PAYMENT GATEWAY's settlements (no money moves): what it captured on each day (Asia/Kolkata) is settled in
 * one settlement the next day at 09:00, less its fee ({@code feePercent} of the gross, rounded half-up to paise) and the
 * GST on the fee ({@code gstPercent} of the fee, rounded half-up). Deterministic: the same captures give the same
 * settlement ids ({@code setl_sim_YYYYMMDD}, the day captured), amounts and UTRs, however often they are asked for.
 * A settlement is reported only once its time has come ({@code now}) and when its time lies in [from, to].
 */
public final class SimulatedSettlements {

    /** One payment the simulated gateway captured. */
    public record Capture(Instant at, Money amount) {
    }

    /** The simulated gateway's charges, in percent. */
    public record Fees(BigDecimal feePercent, BigDecimal gstPercent) {
    }

    static final LocalTime SETTLED_AT = LocalTime.of(9, 0);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SimulatedSettlements() {
    }

    /** The earliest capture time that can settle at or after {@code from} (the day before from's day). */
    static Instant capturesFrom(Instant from) {
        return from.atZone(BusinessClock.ZONE).toLocalDate().minusDays(2).atStartOfDay(BusinessClock.ZONE).toInstant();
    }

    public static List<GatewaySettlementReport> settle(List<Capture> captures, Fees fees, Instant from, Instant to,
                                                       Instant now) {
        Map<LocalDate, BigDecimal> byDay = new TreeMap<>();
        for (Capture c : captures) {
            byDay.merge(c.at().atZone(BusinessClock.ZONE).toLocalDate(), c.amount().amount(), BigDecimal::add);
        }
        List<GatewaySettlementReport> out = new ArrayList<>();
        for (Map.Entry<LocalDate, BigDecimal> day : byDay.entrySet()) {
            Instant created = day.getKey().plusDays(1).atTime(SETTLED_AT).atZone(BusinessClock.ZONE).toInstant();
            if (created.isBefore(from) || created.isAfter(to) || created.isAfter(now)) {
                continue;
            }
            out.add(settlement(day.getKey(), Money.of(day.getValue()), fees, created));
        }
        return out;
    }

    /** The settlement of one day's captures worth {@code gross}. */
    static GatewaySettlementReport settlement(LocalDate day, Money gross, Fees fees, Instant created) {
        Money fee = Money.of(gross.amount().multiply(fees.feePercent(), MathContext.DECIMAL128)
                .divide(HUNDRED, MathContext.DECIMAL128).setScale(Money.SCALE, Money.ROUNDING));
        Money tax = Money.of(fee.amount().multiply(fees.gstPercent(), MathContext.DECIMAL128)
                .divide(HUNDRED, MathContext.DECIMAL128).setScale(Money.SCALE, Money.ROUNDING));
        String d = day.format(DateTimeFormatter.BASIC_ISO_DATE);
        return new GatewaySettlementReport("setl_sim_" + d, gross, fee, tax, gross.minus(fee).minus(tax), "SIMUTR" + d,
                GatewaySettlementReport.PROCESSED, created);
    }
}
