package org.coopbank.admin.accountant;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import org.coopbank.payment.SimulatedGateway;

/**
 * SIMULATED GATEWAY ONLY: delivers the simulated gateway's signed webhook to this server's own webhook endpoint
 * ({@code /api/webhooks/razorpay} of the portal WAR at context root {@code /}), as the portal's simulated checkout does
 * for captures. A delivery that fails is only logged: the refund then waits for the accountant or a later webhook.
 */
final class SimulatedWebhookSender {

    private SimulatedWebhookSender() {
    }

    static void send(SimulatedGateway.SignedWebhook w) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        w.deliverTo(request.getScheme() + "://127.0.0.1:" + request.getLocalPort() + "/api/webhooks/razorpay");
    }
}
