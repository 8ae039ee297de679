package org.coopbank.payout;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.coopbank.payment.PaymentGateways;
import org.coopbank.payment.SimulatedGateway;

/**
 * The payout gateway in use, chosen by {@code COOPBANK_PAYOUT_GATEWAY} ({@code simulated}, the default, or
 * {@code razorpayx}); read once, on first use. The simulated one signs its webhooks with the simulated payment
 * gateway's secret, so it runs only beside it.
 */
@ApplicationScoped
public class PayoutGateways {

    @Inject
    PaymentGateways payments;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private volatile PayoutGateway current;

    public PayoutGateway current() {
        PayoutGateway g = current;
        if (g == null) {
            synchronized (this) {
                if (current == null) {
                    current = switch (PayoutConfig.gateway()) {
                        case SimulatedPayoutGateway.NAME -> {
                            SimulatedGateway signer = payments.simulated().orElseThrow(() -> new IllegalStateException(
                                    "The simulated payout gateway needs COOPBANK_PAYMENT_GATEWAY=simulated"));
                            yield new SimulatedPayoutGateway(signer::sign, scheduler, PayoutConfig.simulatedWebhookUrl(), 1000);
                        }
                        case RazorpayXGateway.NAME -> RazorpayXGateway.fromConfig();
                        default -> throw new IllegalStateException(PayoutConfig.MODE + " must be simulated or razorpayx, not "
                                + PayoutConfig.gateway());
                    };
                }
                g = current;
            }
        }
        return g;
    }

    /** The simulated payout gateway when it is the one in use (tests sign their own webhooks with it), else empty. */
    public Optional<SimulatedPayoutGateway> simulated() {
        return current() instanceof SimulatedPayoutGateway s ? Optional.of(s) : Optional.empty();
    }
}
