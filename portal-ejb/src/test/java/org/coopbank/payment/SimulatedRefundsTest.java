package org.coopbank.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.razorpay.Utils;
import java.util.Map;
import java.util.Optional;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/** The simulated gateway's refunds and their webhooks, and how our refund id is read back from a refund entity. */
class SimulatedRefundsTest {

    private static final String SECRET = "simulated-refund-test-secret";

    private final SimulatedGateway gateway = new SimulatedGateway(SECRET);

    @Test
    void aRefundAskedTwiceUnderOneOfOurIds_isOneRefund_andAfterwardsFoundByThatId() {
        GatewayRefund first = gateway.refund("pay_sim_A", 50000, 2100, Map.of());
        GatewayRefund again = gateway.refund("pay_sim_A", 50000, 2100, Map.of());

        assertEquals(first, again);
        assertTrue(first.id().startsWith("rfnd_sim_"), first.id());
        assertEquals(Optional.of(first), gateway.findRefund("pay_sim_A", 2100));
        assertEquals(Optional.empty(), gateway.findRefund("pay_sim_A", 2150));
    }

    @Test
    void whileRefusing_itAnswersAsAGatewayThatIsDown_andMakesNoRefund() {
        gateway.refuseRefunds(true);
        assertThrows(GatewayUnavailableException.class, () -> gateway.refund("pay_sim_B", 100, 2200, Map.of()));
        assertThrows(GatewayUnavailableException.class, () -> gateway.findRefund("pay_sim_B", 2200));
        gateway.refuseRefunds(false);
        assertEquals(Optional.empty(), gateway.findRefund("pay_sim_B", 2200));
    }

    @Test
    void itsRefundWebhook_hasRazorpaysShape_carriesOurRefundId_andIsSignedOverTheRawBody() throws Exception {
        SimulatedGateway.SignedWebhook w = gateway.refundWebhook("refund.processed", "rfnd_sim_X", "pay_sim_C", 12345,
                "INR", 2300L);

        assertTrue(Utils.verifyWebhookSignature(w.body(), w.signature(), SECRET));
        JSONObject body = new JSONObject(w.body());
        assertEquals("refund.processed", body.getString("event"));
        JSONObject refund = body.getJSONObject("payload").getJSONObject("refund").getJSONObject("entity");
        assertEquals("rfnd_sim_X", refund.getString("id"));
        assertEquals("pay_sim_C", refund.getString("payment_id"));
        assertEquals(12345, refund.getLong("amount"));
        assertEquals("processed", refund.getString("status"));
        assertEquals(2300, RazorpayGateway.ourRefundIdOf(refund));
        assertEquals("pay_sim_C", body.getJSONObject("payload").getJSONObject("payment").getJSONObject("entity").getString("id"));
    }

    @Test
    void ourRefundId_isReadFromNotesOrReceipt_andARefundMadeElsewhereHasNone_evenWithNotesAsAnEmptyArray() {
        assertEquals(42, RazorpayGateway.ourRefundIdOf(new JSONObject("{\"id\":\"rfnd_1\",\"notes\":{\"refund_id\":\"42\"}}")));
        assertEquals(43, RazorpayGateway.ourRefundIdOf(new JSONObject("{\"id\":\"rfnd_1\",\"notes\":[],\"receipt\":\"refund-43\"}")));
        assertEquals(-1, RazorpayGateway.ourRefundIdOf(new JSONObject("{\"id\":\"rfnd_1\",\"notes\":[],\"receipt\":null}")));
        assertEquals(-1, RazorpayGateway.ourRefundIdOf(new JSONObject("{\"id\":\"rfnd_1\",\"notes\":{\"refund_id\":\"x1\"}}")));
        String dashboard = gateway.refundWebhook("refund.failed", "rfnd_sim_Y", "pay_sim_D", 100, "INR", null).body();
        JSONObject refund = new JSONObject(dashboard).getJSONObject("payload").getJSONObject("refund").getJSONObject("entity");
        assertEquals(-1, RazorpayGateway.ourRefundIdOf(refund));
        assertEquals("failed", refund.getString("status"));
    }
}
