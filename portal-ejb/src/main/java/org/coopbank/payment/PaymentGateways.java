package org.coopbank.payment;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The gateway in use, chosen by {@code COOPBANK_PAYMENT_GATEWAY} ({@code simulated}, the default, or
 * {@code razorpay}); read once, on first use.
 */
@ApplicationScoped
public class PaymentGateways {

    /** The system property that lets a test server switch the gateway at run time ({@link #reconfigureForTests}). */
    public static final String TEST_SWITCH = "coopbank.test.gateway-switching";

    private volatile PaymentGateway current;

    @jakarta.inject.Inject
    SimulatedCaptures simulatedCaptures;

    public PaymentGateway current() {
        PaymentGateway g = current;
        if (g == null) {
            synchronized (this) {
                if (current == null) {
                    current = switch (GatewayConfig.mode()) {
                        case SimulatedGateway.NAME -> new SimulatedGateway(GatewayConfig.simulatedSecret(), simulatedCaptures);
                        case RazorpayGateway.NAME -> RazorpayGateway.fromConfig();
                        default -> throw new IllegalStateException(GatewayConfig.MODE
                                + " must be simulated or razorpay, not " + GatewayConfig.mode());
                    };
                }
                g = current;
            }
        }
        return g;
    }

    /** True when the gateway in use is Razorpay (the checkout page then opens Razorpay Checkout). */
    public boolean isRazorpay() {
        return RazorpayGateway.NAME.equals(current().name());
    }

    /**
     * Test servers only ({@code -D}{@value #TEST_SWITCH}{@code =true}, like the clock pinning): forgets the gateway, so
     * the next use reads {@code COOPBANK_PAYMENT_GATEWAY} and the keys again, and hands the result to {@code adapt}
     * (an integration test keeps order creation offline with it while the signature checks stay the product's).
     * Refused anywhere else.
     */
    public synchronized void reconfigureForTests(java.util.function.UnaryOperator<PaymentGateway> adapt) {
        if (!Boolean.getBoolean(TEST_SWITCH)) {
            throw new IllegalStateException("The payment gateway is switched only on test servers (" + TEST_SWITCH + ")");
        }
        current = null;
        current = adapt.apply(current());
    }

    /** The simulated gateway when it is the one in use (its checkout page and the tests need it), else empty. */
    public java.util.Optional<SimulatedGateway> simulated() {
        return current() instanceof SimulatedGateway s ? java.util.Optional.of(s) : java.util.Optional.empty();
    }
}
