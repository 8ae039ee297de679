package org.coopbank.it.payment;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.coopbank.payment.GatewayOrder;
import org.coopbank.payment.GatewayPayment;
import org.coopbank.payment.PaymentGateway;
import org.coopbank.payment.PaymentGateways;

/**
 * Test-only (the test WAR): switches the test server's gateway to Razorpay and back, through the test switch
 * {@code coopbank.test.gateway-switching} that only the test server has. {@code POST ?do=on} sets the server's
 * configuration, as an operator would ({@code COOPBANK_PAYMENT_GATEWAY=razorpay} and fresh random
 * {@code COOPBANK_RAZORPAY_KEY_ID}, {@code _KEY_SECRET}, {@code _WEBHOOK_SECRET} system properties: no key is in the
 * repository), lets the product read it, and answers "keyId keySecret" so the test can sign like Razorpay. Order
 * creation and the order's payments are answered offline (there is no Razorpay here; the SDK's own calls are
 * RazorpayGatewayStubTest's subject); every signature check is the product's RazorpayGateway (our HMAC and the SDK's
 * {@code Utils}). {@code POST ?do=off} removes the properties and goes back to the simulated gateway.
 */
@WebServlet("/fixtures/razorpay")
public class RazorpaySwitchServlet extends HttpServlet {

    static final List<String> PROPERTIES = List.of("COOPBANK_PAYMENT_GATEWAY", "COOPBANK_RAZORPAY_KEY_ID",
            "COOPBANK_RAZORPAY_KEY_SECRET", "COOPBANK_RAZORPAY_WEBHOOK_SECRET");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PaymentGateways gateways;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String answer;
        if ("on".equals(req.getParameter("do"))) {
            String keyId = "rzp_test_" + random(7);
            String secret = random(16);
            System.setProperty("COOPBANK_PAYMENT_GATEWAY", "razorpay");
            System.setProperty("COOPBANK_RAZORPAY_KEY_ID", keyId);
            System.setProperty("COOPBANK_RAZORPAY_KEY_SECRET", secret);
            System.setProperty("COOPBANK_RAZORPAY_WEBHOOK_SECRET", random(16));
            gateways.reconfigureForTests(OfflineOrders::new);
            answer = gateways.current().name() + " " + gateways.current().keyId() + " " + secret;
        } else {
            PROPERTIES.forEach(System::clearProperty);
            gateways.reconfigureForTests(g -> g);
            answer = gateways.current().name();
        }
        resp.setContentType("text/plain");
        resp.getWriter().write(answer);
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** The configured Razorpay gateway with its two network calls answered here. */
    public record OfflineOrders(PaymentGateway razorpay) implements PaymentGateway {

        @Override
        public String name() {
            return razorpay.name();
        }

        @Override
        public String keyId() {
            return razorpay.keyId();
        }

        @Override
        public GatewayOrder createOrder(long receipt, long amountPaise, String currency, Map<String, String> notes) {
            return new GatewayOrder("order_IT" + random(6).substring(0, 12), amountPaise, currency);
        }

        @Override
        public boolean verifyCheckoutSignature(String orderId, String paymentId, String signature) {
            return razorpay.verifyCheckoutSignature(orderId, paymentId, signature);
        }

        @Override
        public boolean verifyWebhookSignature(String rawBody, String signature) {
            return razorpay.verifyWebhookSignature(rawBody, signature);
        }

        @Override
        public List<GatewayPayment> paymentsOf(String orderId) {
            return List.of();
        }

        @Override
        public org.coopbank.payment.GatewayRefund refund(String gatewayPaymentId, long amountPaise, long ourRefundId,
                                                        Map<String, String> notes) {
            throw new org.coopbank.payment.GatewayUnavailableException("refunds are not answered offline");
        }

        @Override
        public java.util.Optional<org.coopbank.payment.GatewayRefund> findRefund(String gatewayPaymentId, long ourRefundId) {
            throw new org.coopbank.payment.GatewayUnavailableException("refunds are not answered offline");
        }
    }
}
