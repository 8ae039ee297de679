package org.coopbank.portal.payment;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.logging.Logger;
import org.coopbank.payment.GatewayPayment;
import org.coopbank.payment.MyPayment;
import org.coopbank.payment.PaymentGateways;
import org.coopbank.payment.PaymentService;
import org.coopbank.payment.PaymentStatus;
import org.coopbank.payment.SimulatedGateway;
import org.coopbank.portal.security.CurrentCustomer;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.ValidationFailedException;

/**
 * {@code /portal/checkout?payment={id}}: the payment's checkout page. With Razorpay in use it opens Razorpay Checkout
 * (Checkout.js, {@code portal/razorpay-checkout.js}) for the payment's order; on success the browser posts Razorpay's
 * payment id, order id and signature back through this page's form ({@link #confirm}: JSF view state, the signed-in
 * session, the same {@link PaymentService#verify} as {@code POST /api/portal/payments/verify}, which takes a bearer
 * token the page does not have). With the simulated gateway it is the SIMULATED gateway's checkout page (no money
 * moves): the customer chooses success or failure. Success does what Razorpay's checkout and webhook would: the verify call with a correctly signed
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
    private String razorpayOrderId;
    private String razorpayPaymentId;
    private String razorpaySignature;

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

    /** Razorpay's success callback, posted by the page's script: checks the signature and settles (once). */
    public String confirm() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!payment.orderId().equals(razorpayOrderId)) {
            error(faces, "checkout.rzp.otherOrder");
            return null;
        }
        MyPayment after;
        try {
            after = payments.verify(me.actor(), razorpayOrderId, razorpayPaymentId, razorpaySignature);
        } catch (ValidationFailedException e) {
            // a wrong or malformed signature: verify changed nothing; the webhook or the reconciler still settles a real payment
            LOG.warning(() -> "Checkout confirmation refused for payment " + paymentId + ": " + e.getMessage());
            error(faces, "checkout.rzp.badSignature");
            return null;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(faces,
                after.status() == PaymentStatus.PAID ? "checkout.rzp.paid" : "checkout.rzp.confirming"), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/portal/checkout?faces-redirect=true&payment=" + paymentId;
    }

    /** Razorpay Checkout is offered: Razorpay is the gateway and the payment still waits for its money. */
    public boolean isRazorpayOpen() {
        return payment.status() == PaymentStatus.INITIATED && isRazorpay();
    }

    public boolean isRazorpay() {
        return gateways.isRazorpay();
    }

    public boolean isSimulatedGateway() {
        return gateways.simulated().isPresent();
    }

    /** The public key id Checkout needs (never the secret). */
    public String getKeyId() {
        return gateways.current().keyId();
    }

    public long getAmountPaise() {
        return payment.amount().toPaise();
    }

    /** What Checkout shows under the bank's name: the kind of payment and what it pays (accounts masked). */
    public String getDescription() {
        return text(FacesContext.getCurrentInstance(), "payments.type." + payment.type()) + " · " + payment.payable();
    }

    /** Checkout's prefill: the customer's own name, e-mail and mobile, handed to Razorpay's window only. */
    public String getPrefillName() {
        return me.get().fullName();
    }

    public String getPrefillEmail() {
        return me.get().email() == null ? "" : me.get().email();
    }

    public String getPrefillContact() {
        return me.get().mobile();
    }

    public String getRazorpayOrderId() {
        return razorpayOrderId;
    }

    public void setRazorpayOrderId(String razorpayOrderId) {
        this.razorpayOrderId = razorpayOrderId;
    }

    public String getRazorpayPaymentId() {
        return razorpayPaymentId;
    }

    public void setRazorpayPaymentId(String razorpayPaymentId) {
        this.razorpayPaymentId = razorpayPaymentId;
    }

    public String getRazorpaySignature() {
        return razorpaySignature;
    }

    public void setRazorpaySignature(String razorpaySignature) {
        this.razorpaySignature = razorpaySignature;
    }

    private static void error(FacesContext faces, String key) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(faces, key), null));
        faces.validationFailed();
    }

    private static String text(FacesContext faces, String key) {
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }

    public MyPayment getPayment() {
        return payment;
    }

    private SimulatedGateway simulated() {
        return gateways.simulated().orElseThrow(() -> new NotFoundException("The simulated gateway is not in use"));
    }

    /** Delivers the signed webhook to this server's own endpoint, as the gateway would. */
    private void sendWebhook(SimulatedGateway.SignedWebhook w) {
        w.deliverTo(request.getScheme() + "://127.0.0.1:" + request.getLocalPort() + request.getContextPath()
                + "/api/webhooks/razorpay");
    }
}
