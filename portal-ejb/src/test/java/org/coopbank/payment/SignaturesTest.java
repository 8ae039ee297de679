package org.coopbank.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.razorpay.Utils;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/** Our HMAC-SHA256 checks agree with razorpay-java's own {@link Utils}, and the simulated gateway signs the same way. */
class SignaturesTest {

    private static final String SECRET = "unit-test-secret-0123456789abcdef0123";

    @Test
    void checkoutSignature_agreesWithTheSdk() throws Exception {
        String sig = Signatures.hmacSha256Hex(SECRET, "order_ABC|pay_XYZ");
        assertTrue(Utils.verifyPaymentSignature(new JSONObject().put("razorpay_order_id", "order_ABC")
                .put("razorpay_payment_id", "pay_XYZ").put("razorpay_signature", sig), SECRET));
        assertTrue(Signatures.matches(SECRET, "order_ABC|pay_XYZ", sig));
        assertTrue(Signatures.matches(SECRET, "order_ABC|pay_XYZ", sig.toUpperCase()), "hex case does not matter");
        assertFalse(Signatures.matches(SECRET, "order_ABC|pay_XYZ2", sig));
        assertFalse(Signatures.matches(SECRET + "x", "order_ABC|pay_XYZ", sig));
        assertFalse(Signatures.matches(SECRET, "order_ABC|pay_XYZ", ""));
        assertFalse(Signatures.matches(SECRET, "order_ABC|pay_XYZ", null));
    }

    @Test
    void webhookSignature_agreesWithTheSdk_andTheRazorpayGatewayChecksBoth() throws Exception {
        String body = "{\"entity\":\"event\",\"event\":\"payment.captured\",\"payload\":{}}";
        String sig = Signatures.hmacSha256Hex(SECRET, body);
        assertTrue(Utils.verifyWebhookSignature(body, sig, SECRET));
        RazorpayGateway g = new RazorpayGateway("rzp_test_key", "key-secret-not-the-webhook-secret", SECRET);
        assertTrue(g.verifyWebhookSignature(body, sig));
        assertFalse(g.verifyWebhookSignature(body + " ", sig), "one byte more");
        assertFalse(g.verifyWebhookSignature(body, Signatures.hmacSha256Hex("key-secret-not-the-webhook-secret", body)),
                "the key secret does not sign webhooks");
        String checkout = Signatures.hmacSha256Hex("key-secret-not-the-webhook-secret", "order_1|pay_1");
        assertTrue(g.verifyCheckoutSignature("order_1", "pay_1", checkout));
        assertFalse(g.verifyCheckoutSignature("order_1", "pay_2", checkout));
    }

    @Test
    void simulatedWebhook_isSignedOverItsExactBody_inRazorpaysShape() throws Exception {
        SimulatedGateway sim = new SimulatedGateway(SECRET);
        SimulatedGateway.SignedWebhook w = sim.webhook("order.paid", "order_sim_1", "pay_sim_1", 123456, "INR");
        assertTrue(sim.verifyWebhookSignature(w.body(), w.signature()));
        assertTrue(Utils.verifyWebhookSignature(w.body(), w.signature(), SECRET));
        JSONObject o = new JSONObject(w.body());
        assertEquals("order.paid", o.getString("event"));
        JSONObject payment = o.getJSONObject("payload").getJSONObject("payment").getJSONObject("entity");
        assertEquals(123456L, payment.getLong("amount"));
        assertEquals("order_sim_1", payment.getString("order_id"));
        assertEquals("order_sim_1", o.getJSONObject("payload").getJSONObject("order").getJSONObject("entity").getString("id"));
        assertTrue(sim.verifyCheckoutSignature("order_sim_1", "pay_sim_1", sim.checkoutSignature("order_sim_1", "pay_sim_1")));
    }

    @Test
    void rupeesToPaise_isExact() {
        assertEquals(250050L, org.coopbank.shared.Money.of("2500.50").toPaise());
        assertEquals(1L, org.coopbank.shared.Money.of("0.01").toPaise());
    }
}
