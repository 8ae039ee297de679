package org.coopbank.portal.api.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.coopbank.payment.Checkout;
import org.coopbank.payment.EmiChoice;
import org.coopbank.payment.MyPayment;
import org.coopbank.payment.PaymentService;
import org.coopbank.portal.api.ApiCustomer;
import org.coopbank.portal.api.RestApplication;
import org.coopbank.shared.ValidationFailedException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The customer's online payments: start one, confirm the checkout, list them. */
@Path("/portal/payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = RestApplication.BEARER)
@Tag(name = "payments")
@APIResponse(responseCode = "401", ref = "unauthorized")
public class PaymentsResource {

    @Inject
    PaymentService payments;

    @Inject
    ApiCustomer me;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a payment (EMI, deposit or FD opening): the gateway's order and what its checkout needs")
    @APIResponse(responseCode = "201", description = "Payment id, order id, amount in rupees and paise, key id, gateway")
    @APIResponse(responseCode = "400", ref = "invalid")
    @APIResponse(responseCode = "404", ref = "notFound")
    @APIResponse(responseCode = "409", description = "Nothing due, or the loan or account does not take payments")
    @APIResponse(responseCode = "503", description = "The gateway did not take the order; nothing kept")
    public Response start(PaymentRequest body) {
        if (body == null || body.type() == null) {
            throw new ValidationFailedException("type", "is required (EMI, DEPOSIT or FD_OPENING)");
        }
        Checkout c = switch (body.type()) {
            case EMI -> payments.payEmi(me.actor(), required(body.loanId(), "loanId"),
                    body.choice() == null ? EmiChoice.NEXT : body.choice(), body.amount());
            case DEPOSIT -> payments.deposit(me.actor(), required(body.accountId(), "accountId"),
                    required(body.amount(), "amount"));
            case FD_OPENING -> payments.openFd(me.actor(), required(body.accountId(), "accountId"),
                    required(body.amount(), "amount"), required(body.tenureMonths(), "tenureMonths"));
        };
        return Response.status(Response.Status.CREATED).entity(c).build();
    }

    /** The original design's name for the same call ({@code POST /api/portal/payments/initiate}). */
    @POST
    @Path("/initiate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a payment: the same as POST /api/portal/payments (the original design's path)")
    @APIResponse(responseCode = "201", description = "Payment id, order id, amount in rupees and paise, key id, gateway")
    @APIResponse(responseCode = "400", ref = "invalid")
    @APIResponse(responseCode = "404", ref = "notFound")
    @APIResponse(responseCode = "409", description = "Nothing due, or the loan or account does not take payments")
    @APIResponse(responseCode = "503", description = "The gateway did not take the order; nothing kept")
    public Response initiate(PaymentRequest body) {
        return start(body);
    }

    @POST
    @Path("/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The checkout's success callback: checks the signature and settles the payment (once)")
    @APIResponse(responseCode = "200", description = "The payment as it stands")
    @APIResponse(responseCode = "400", ref = "invalid")
    @APIResponse(responseCode = "404", ref = "notFound")
    public MyPayment verify(VerifyRequest body) {
        if (body == null) {
            throw new ValidationFailedException("razorpayOrderId", "is required");
        }
        return payments.verify(me.actor(), required(body.razorpayOrderId(), "razorpayOrderId"),
                required(body.razorpayPaymentId(), "razorpayPaymentId"),
                required(body.razorpaySignature(), "razorpaySignature"));
    }

    @GET
    @Operation(summary = "The customer's payments, newest first, with their status")
    @APIResponse(responseCode = "200", description = "The payments")
    public List<MyPayment> list() {
        return payments.mine(me.actor());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One payment of the customer")
    @APIResponse(responseCode = "200", description = "The payment")
    @APIResponse(responseCode = "404", ref = "notFound")
    public MyPayment one(@PathParam("id") long id) {
        return payments.one(me.actor(), id);
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new ValidationFailedException(field, "is required");
        }
        return value;
    }
}
