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
import java.util.List;
import org.coopbank.loan.PrepaymentPreview;
import org.coopbank.portal.api.ApiCustomer;
import org.coopbank.portal.api.RestApplication;
import org.coopbank.selfservice.MyLoan;
import org.coopbank.selfservice.MyLoanDetail;
import org.coopbank.selfservice.SelfService;
import org.coopbank.shared.ValidationFailedException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The customer's own loans. Someone else's loan id answers 404, as a missing one. */
@Path("/portal/loans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = RestApplication.BEARER)
@Tag(name = "loans")
@APIResponse(responseCode = "401", ref = "unauthorized")
public class LoansResource {

    @Inject
    SelfService self;

    @Inject
    ApiCustomer me;

    @GET
    @Operation(summary = "The customer's loans: outstanding, next instalment, overdue amounts")
    @APIResponse(responseCode = "200", description = "The loans")
    public List<MyLoan> loans() {
        return self.loans(me.actor());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One loan with its whole EMI schedule")
    @APIResponse(responseCode = "200", description = "The loan and its schedule")
    @APIResponse(responseCode = "404", ref = "notFound")
    public MyLoanDetail loan(@PathParam("id") long id) {
        return self.loan(me.actor(), id);
    }

    @POST
    @Path("/{id}/prepayment-preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "What a prepayment of this amount today would do, lower EMI or shorter tenure; posts nothing")
    @APIResponse(responseCode = "200", description = "Both options side by side")
    @APIResponse(responseCode = "400", ref = "invalid")
    @APIResponse(responseCode = "404", ref = "notFound")
    @APIResponse(responseCode = "409", description = "The loan is not running, or something is due first")
    public PrepaymentPreview prepaymentPreview(@PathParam("id") long id, AmountRequest body) {
        if (body == null || body.amount() == null) {
            throw new ValidationFailedException("amount", "is required");
        }
        return self.prepaymentWhatIf(me.actor(), id, body.amount());
    }
}
