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
import org.coopbank.portal.api.ApiCustomer;
import org.coopbank.portal.api.RestApplication;
import org.coopbank.selfservice.MyStandingInstruction;
import org.coopbank.selfservice.SelfService;
import org.coopbank.shared.ValidationFailedException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The customer's own standing instructions: list, set up (an EMI auto-debit or a regular transfer between their own
 * accounts), pause, resume, cancel. Someone else's instruction, loan or account id answers 404, as a missing one, and changes nothing.
 */
@Path("/portal/standing-instructions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = RestApplication.BEARER)
@Tag(name = "standing-instructions")
@APIResponse(responseCode = "401", ref = "unauthorized")
public class StandingInstructionsResource {

    @Inject
    SelfService self;

    @Inject
    ApiCustomer me;

    @GET
    @Operation(summary = "The customer's standing instructions, active ones first: accounts masked, next date, last run")
    @APIResponse(responseCode = "200", description = "The standing instructions")
    public List<MyStandingInstruction> list() {
        return self.standingInstructions(me.actor());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One standing instruction")
    @APIResponse(responseCode = "200", description = "The standing instruction")
    @APIResponse(responseCode = "404", ref = "notFound")
    public MyStandingInstruction one(@PathParam("id") long id) {
        return self.standingInstruction(me.actor(), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set up an EMI auto-debit of a running loan, or a regular transfer between the customer's own accounts")
    @APIResponse(responseCode = "201", description = "The standing instruction as set up")
    @APIResponse(responseCode = "400", ref = "invalid")
    @APIResponse(responseCode = "404", ref = "notFound")
    @APIResponse(responseCode = "409", description = "The loan already has an auto-debit (active or paused), is not running, or an account is not active")
    public Response create(NewStandingInstruction body) {
        if (body == null || body.kind() == null) {
            throw new ValidationFailedException("kind", "is required (EMI or TRANSFER)");
        }
        MyStandingInstruction s = switch (body.kind()) {
            case EMI -> self.setUpEmiAutoDebit(me.actor(), required(body.loanId(), "loanId"));
            case TRANSFER -> self.setUpTransfer(me.actor(), required(body.fromAccountId(), "fromAccountId"),
                    required(body.toAccountId(), "toAccountId"), required(body.amount(), "amount"),
                    required(body.frequency(), "frequency"),
                    required(Dates.optional(body.firstDate(), "firstDate"), "firstDate"));
        };
        return Response.status(Response.Status.CREATED).entity(s).build();
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(summary = "Cancel an active or paused standing instruction: the nightly job no longer carries it out")
    @APIResponse(responseCode = "200", description = "The standing instruction, now cancelled (status STOPPED)")
    @APIResponse(responseCode = "404", ref = "notFound")
    @APIResponse(responseCode = "409", description = "Already cancelled; nothing changed")
    public MyStandingInstruction cancel(@PathParam("id") long id) {
        return self.cancelStandingInstruction(me.actor(), id);
    }

    @POST
    @Path("/{id}/pause")
    @Operation(summary = "Pause an active standing instruction: nothing is paid under it until it is resumed"
            + " (an EMI still falls due)")
    @APIResponse(responseCode = "200", description = "The standing instruction, now paused (status PAUSED)")
    @APIResponse(responseCode = "404", ref = "notFound")
    @APIResponse(responseCode = "409", description = "Already paused, or cancelled; nothing changed")
    public MyStandingInstruction pause(@PathParam("id") long id) {
        return self.pauseStandingInstruction(me.actor(), id);
    }

    @POST
    @Path("/{id}/resume")
    @Operation(summary = "Resume a paused standing instruction: a transfer goes on from its first date on or after today;"
            + " the dates that passed while it was paused are skipped, not made up")
    @APIResponse(responseCode = "200", description = "The standing instruction, active again, with its next date")
    @APIResponse(responseCode = "404", ref = "notFound")
    @APIResponse(responseCode = "409", description = "Not paused; nothing changed")
    public MyStandingInstruction resume(@PathParam("id") long id) {
        return self.resumeStandingInstruction(me.actor(), id);
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new ValidationFailedException(field, "is required");
        }
        return value;
    }
}
