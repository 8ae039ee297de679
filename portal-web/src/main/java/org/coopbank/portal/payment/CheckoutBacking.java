package org.coopbank.portal.payment;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coopbank.payment.GatewayPayment;
import org.coopbank.payment.MyPayment;
import org.coopbank.payment.PaymentGateways;
import org.coopbank.payment.PaymentService;
import org.coopbank.payment.PaymentStatus;
import org.coopbank.payment.SimulatedGateway;
import org.coopbank.portal.security.CurrentCustomer;
import org.coopbank.shared.NotFoundException;

/**
 * {@code /portal/checkout?payment={id}}: the SIMULATED gateway's checkout page (no money moves). The customer chooses
 * success or failure. Success does what Razorpay's checkout and webhook would: the verify call with a correctly signed
 * {@code order_id|payment_id}, then a signed {@code payment.captured} webhook to our own endpoint; failure sends a signed
 * {@code payment.failed}. The payment is the customer's own (someone else's id: 404).
 */
@Named
@ViewScoped
public class CheckoutBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CheckoutBacking.class.getName());

    @Inject
    transient PaymentService payments;

    @Inject
    transient PaymentGateways gateways;

    @Inject
    transient CurrentCustomer me;

    @Inject
    transient HttpServletRequest request;

    private long paymentId;
    private MyPayment payment;

    @PostConstruct
    void load() {
        String p = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("payment");
        if (p == null || !p.matches("\\d{1,18}")) {
            throw new NotFoundException("No payment");
        }
        paymentId = Long.parseLong(p);
        payment = payments.one(me.actor(), paymentId);
    }

    public String succeed() {
        SimulatedGateway sim = simulated();
        MyPayment p = payments.one(me.actor(), paymentId);
        String gatewayPaymentId = sim.newPaymentId();
        sim.recordAttempt(new GatewayPayment(gatewayPaymentId, p.orderId(), "captured", p.amount().toPaise(), p.currency()));
        payments.verify(me.actor(), p.orderId(), gatewayPaymentId, sim.checkoutSignature(p.orderId(), gatewayPaymentId));
        sendWebhook(sim.webhook("payment.captured", p.orderId(), gatewayPaymentId, p.amount().toPaise(), p.currency()));
        return "/portal/payments?faces-redirect=true";
    }

    public String fail() {
        SimulatedGateway sim = simulated();
        MyPayment p = payments.one(me.actor(), paymentId);
        String gatewayPaymentId = sim.newPaymentId();
        sim.recordAttempt(new GatewayPayment(gatewayPaymentId, p.orderId(), "failed", p.amount().toPaise(), p.currency()));
        sendWebhook(sim.webhook("payment.failed", p.orderId(), gatewayPaymentId, p.amount().toPaise(), p.currency()));
        return "/portal/payments?faces-redirect=true";
    }

    public boolean isOpen() {
        return payment.status() == PaymentStatus.INITIATED && gateways.simulated().isPresent();
    }

    public MyPayment getPayment() {
        return payment;
    }

    private SimulatedGateway simulated() {
        return gateways.simulated().orElseThrow(() -> new NotFoundException("The simulated gateway is not in use"));
    }

    /** Delivers the signed webhook to this server's own endpoint, as the gateway would. */
    private void sendWebhook(SimulatedGateway.SignedWebhook w) {
        String url = request.getScheme() + "://127.0.0.1:" + request.getLocalPort() + request.getContextPath()
                + "/api/webhooks/razorpay";
        try {
            HttpResponse<Void> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
                    HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/json").header("X-Razorpay-Signature", w.signature())
                            .header("X-Razorpay-Event-Id", w.eventId())
                            .POST(HttpRequest.BodyPublishers.ofString(w.body())).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 200) {
                LOG.warning(() -> "Simulated webhook " + w.eventId() + " answered " + r.statusCode());
            }
        } catch (java.io.IOException e) {
            LOG.log(Level.WARNING, "Simulated webhook " + w.eventId() + " not delivered to " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
