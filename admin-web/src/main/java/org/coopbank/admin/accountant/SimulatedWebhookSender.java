package org.coopbank.admin.accountant;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coopbank.payment.SimulatedGateway;

/**
 * SIMULATED GATEWAY ONLY: delivers the simulated gateway's signed webhook to this server's own webhook endpoint
 * ({@code /api/webhooks/razorpay} of the portal WAR at context root {@code /}), as the portal's simulated checkout does
 * for captures. A delivery that fails is only logged: the refund then waits for the accountant or a later webhook.
 */
final class SimulatedWebhookSender {

    private static final Logger LOG = Logger.getLogger(SimulatedWebhookSender.class.getName());

    private SimulatedWebhookSender() {
    }

    static void send(SimulatedGateway.SignedWebhook w) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String url = request.getScheme() + "://127.0.0.1:" + request.getLocalPort() + "/api/webhooks/razorpay";
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
