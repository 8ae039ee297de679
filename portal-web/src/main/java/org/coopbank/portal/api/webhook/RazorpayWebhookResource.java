package org.coopbank.portal.api.webhook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.coopbank.payment.WebhookInbox;
import org.coopbank.portal.api.Problem;
import org.coopbank.portal.api.PublicEndpoint;
import org.coopbank.shared.DuplicateException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Razorpay's webhook (public: it proves itself with {@code X-Razorpay-Signature}, the HMAC-SHA256 of the raw body with
 * the webhook secret). Bad signature: 400, nothing stored. Otherwise the event is stored and queued and the answer is
 * 200 at once; a redelivery of the same event id answers 200 and does nothing more. The work happens in
 * {@code org.coopbank.payment.WebhookEventConsumer}.
 */
@Path("/webhooks/razorpay")
@PublicEndpoint
@RequestScoped
@Tag(name = "webhooks")
public class RazorpayWebhookResource {

    @Inject
    WebhookInbox inbox;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Razorpay webhook events (payment.captured, order.paid, payment.failed, refund.processed)")
    @APIResponse(responseCode = "200", description = "Received (or already received)")
    @APIResponse(responseCode = "400", description = "Signature missing or not matching the raw body; nothing stored")
    public Response receive(@HeaderParam("X-Razorpay-Signature") String signature,
                            @HeaderParam("X-Razorpay-Event-Id") String eventId, byte[] body) {
        String raw = body == null ? null : new String(body, StandardCharsets.UTF_8);
        try {
            return ok(inbox.receive(signature, eventId, raw).name());
        } catch (DuplicateException raced) {
            // two deliveries of one event at once: the other one stored it, or is about to commit it
            for (int i = 0; i < 40; i++) {
                if (eventId != null && inbox.isStored(eventId)) {
                    return ok(WebhookInbox.Receipt.DUPLICATE.name());
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return new Problem("urn:coopbank:problem:retry", "Try again", 503,
                    "The event could not be stored now; deliver it again.", null).toResponse();
        }
    }

    private static Response ok(String receipt) {
        return Response.ok(Map.of("status", "received", "receipt", receipt)).build();
    }
}
