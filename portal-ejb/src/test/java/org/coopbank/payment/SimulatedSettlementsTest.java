package org.coopbank.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.Money;
import org.junit.jupiter.api.Test;

class SimulatedSettlementsTest {

    private static final SimulatedSettlements.Fees TWO_PERCENT_PLUS_GST =
            new SimulatedSettlements.Fees(new BigDecimal("2"), new BigDecimal("18"));

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(BusinessClock.ZONE).toInstant();
    }

    private static final LocalDate D = LocalDate.of(2026, 11, 20);

    @Test
    void oneDaysCaptures_settleTheNextDayAt0900_lessTwoPercent_andGstOnTheFee_roundedHalfUpToPaise() {
        List<SimulatedSettlements.Capture> captured = List.of(
                new SimulatedSettlements.Capture(at(D, 0, 5), Money.of("1000.00")),
                new SimulatedSettlements.Capture(at(D, 23, 59), Money.of("2345.67")));

        List<GatewaySettlementReport> s = SimulatedSettlements.settle(captured, TWO_PERCENT_PLUS_GST,
                at(D, 0, 0), at(D.plusDays(2), 0, 0), at(D.plusDays(5), 0, 0));

        assertEquals(1, s.size());
        GatewaySettlementReport r = s.get(0);
        assertEquals("setl_sim_20261120", r.id());
        assertEquals("SIMUTR20261120", r.utr());
        assertEquals(Money.of("3345.67"), r.gross());
        assertEquals(Money.of("66.91"), r.fees(), "2% of 3345.67 = 66.9134");
        assertEquals(Money.of("12.04"), r.tax(), "18% of 66.91 = 12.0438");
        assertEquals(Money.of("3266.72"), r.net());
        assertEquals(at(D.plusDays(1), 9, 0), r.createdAt());
        assertTrue(r.processed());
        assertNull(r.problem(), "the amounts add up");
    }

    @Test
    void theSameCaptures_giveTheSameSettlements_everyTime() {
        List<SimulatedSettlements.Capture> captured = List.of(
                new SimulatedSettlements.Capture(at(D, 10, 0), Money.of("500.00")),
                new SimulatedSettlements.Capture(at(D.plusDays(1), 10, 0), Money.of("700.00")));
        Instant from = at(D, 0, 0);
        Instant to = at(D.plusDays(3), 0, 0);
        Instant now = at(D.plusDays(4), 0, 0);

        assertEquals(SimulatedSettlements.settle(captured, TWO_PERCENT_PLUS_GST, from, to, now),
                SimulatedSettlements.settle(List.of(captured.get(1), captured.get(0)), TWO_PERCENT_PLUS_GST, from, to, now));
        assertEquals(List.of("setl_sim_20261120", "setl_sim_20261121"),
                SimulatedSettlements.settle(captured, TWO_PERCENT_PLUS_GST, from, to, now).stream()
                        .map(GatewaySettlementReport::id).toList());
    }

    @Test
    void aSettlementNotDueYet_orOutsideTheRange_isNotReported() {
        List<SimulatedSettlements.Capture> captured = List.of(new SimulatedSettlements.Capture(at(D, 10, 0), Money.of("500.00")));

        assertEquals(List.of(), SimulatedSettlements.settle(captured, TWO_PERCENT_PLUS_GST, at(D, 0, 0),
                at(D.plusDays(2), 0, 0), at(D.plusDays(1), 8, 59)), "its time (the next day 09:00) has not come");
        assertEquals(List.of(), SimulatedSettlements.settle(captured, TWO_PERCENT_PLUS_GST, at(D.plusDays(1), 9, 1),
                at(D.plusDays(3), 0, 0), at(D.plusDays(5), 0, 0)), "made before the range");
        assertEquals(1, SimulatedSettlements.settle(captured, TWO_PERCENT_PLUS_GST, at(D.plusDays(1), 9, 0),
                at(D.plusDays(1), 9, 0), at(D.plusDays(1), 9, 0)).size(), "range and due time inclusive");
    }

    @Test
    void zeroFee_settlesTheGross() {
        GatewaySettlementReport r = SimulatedSettlements.settlement(D, Money.of("10.00"),
                new SimulatedSettlements.Fees(BigDecimal.ZERO, new BigDecimal("18")), at(D.plusDays(1), 9, 0));
        assertEquals(Money.of("10.00"), r.net());
        assertEquals(Money.ZERO, r.charges());
    }

    @Test
    void paise_areConvertedExactly() {
        assertEquals(Money.of("0.01"), GatewaySettlementReport.rupees(1));
        assertEquals(Money.of("99736.35"), GatewaySettlementReport.rupees(9973635));
    }

    @Test
    void amountsThatDoNotAddUp_negativeCharges_orNothingPaid_areProblems() {
        Instant t = at(D, 9, 0);
        assertTrue(new GatewaySettlementReport("setl_x", Money.of("100.00"), Money.of("2.00"), Money.of("0.36"),
                Money.of("97.00"), "U1", "processed", t).problem().contains("do not add up"));
        assertTrue(new GatewaySettlementReport("setl_x", Money.of("100.00"), Money.of("-1.00"), Money.of("0.00"),
                Money.of("101.00"), "U1", "processed", t).problem().contains("negative"));
        assertTrue(new GatewaySettlementReport("setl_x", Money.of("0.00"), Money.ZERO, Money.ZERO, Money.ZERO, "U1",
                "processed", t).problem().contains("nothing paid"));
        assertNull(new GatewaySettlementReport("setl_x", Money.of("100.00"), Money.of("2.00"), Money.of("0.36"),
                Money.of("97.64"), "U1", "processed", t).problem());
    }
}
