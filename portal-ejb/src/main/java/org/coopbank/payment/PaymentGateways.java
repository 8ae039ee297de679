package org.coopbank.payment;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The gateway in use, chosen by {@code COOPBANK_PAYMENT_GATEWAY} ({@code simulated}, the default, or
 * {@code razorpay}); read once, on first use.
 */
@ApplicationScoped
public class PaymentGateways {

    private volatile PaymentGateway current;

    public PaymentGateway current() {
        PaymentGateway g = current;
        if (g == null) {
            synchronized (this) {
                if (current == null) {
                    current = switch (GatewayConfig.mode()) {
                        case SimulatedGateway.NAME -> new SimulatedGateway(GatewayConfig.simulatedSecret());
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

    /** The simulated gateway when it is the one in use (its checkout page and the tests need it), else empty. */
    public java.util.Optional<SimulatedGateway> simulated() {
        return current() instanceof SimulatedGateway s ? java.util.Optional.of(s) : java.util.Optional.empty();
    }
}
