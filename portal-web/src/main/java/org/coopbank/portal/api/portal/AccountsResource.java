package org.coopbank.portal.api.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.coopbank.portal.api.ApiCustomer;
import org.coopbank.portal.api.RestApplication;
import org.coopbank.selfservice.MyAccount;
import org.coopbank.selfservice.MyTransaction;
import org.coopbank.selfservice.SelfService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The customer's own accounts and their history. Someone else's account id answers 404, as a missing one. */
@Path("/portal/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = RestApplication.BEARER)
@Tag(name = "accounts")
@APIResponse(responseCode = "401", ref = "unauthorized")
public class AccountsResource {

    @Inject
    SelfService self;

    @Inject
    ApiCustomer me;

    @GET
    @Operation(summary = "The customer's accounts, numbers masked")
    @APIResponse(responseCode = "200", description = "The accounts")
    public List<MyAccount> accounts() {
        return self.accounts(me.actor());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of the customer's accounts")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "404", ref = "notFound")
    public MyAccount account(@PathParam("id") long id) {
        return self.account(me.actor(), id);
    }

    @GET
    @Path("/{id}/transactions")
    @Operation(summary = "The account's transactions, newest first, with the balance after each; paged, with the total")
    @APIResponse(responseCode = "200", description = "One page of transactions")
    @APIResponse(responseCode = "400", ref = "invalid")
    @APIResponse(responseCode = "404", ref = "notFound")
    public PageOf<MyTransaction> transactions(@PathParam("id") long id,
            @Parameter(description = "first date, included (ISO, e.g. 2026-04-01)",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "last date, included",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "page number from 0 (default 0)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("page") String page,
            @Parameter(description = "rows per page, 1 to 100 (default 20)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return PageOf.of(self.history(me.actor(), id, Dates.optional(from, "from"), Dates.optional(to, "to"),
                paging.first(), paging.size()), paging);
    }

    @GET
    @Path("/{id}/statement")
    @Produces({"application/pdf", "application/problem+json", "application/json"})
    @Operation(summary = "The account's statement for a period, as a PDF (streamed)",
            description = "The same PDF as the portal page: opening and closing balance, every transaction, totals, a verification code on each page. At most one year, ending no later than today.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "400", ref = "invalid")
    @APIResponse(responseCode = "404", ref = "notFound")
    public jakarta.ws.rs.core.Response statement(@PathParam("id") long id,
            @Parameter(description = "first date, included (ISO)", required = true,
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "last date, included (ISO)", required = true,
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to) {
        java.time.LocalDate f = Dates.optional(from, "from");
        java.time.LocalDate t = Dates.optional(to, "to");
        if (f == null || t == null) {
            throw new org.coopbank.shared.ValidationFailedException(f == null ? "from" : "to", "is required (yyyy-MM-dd)");
        }
        // everything that can refuse (ownership, period) is checked before the first byte is written
        org.coopbank.shared.Actor actor = me.actor();
        org.coopbank.statement.StatementSummary summary = statements.summary(actor, id, f, t);
        jakarta.ws.rs.core.StreamingOutput body = out -> statements.write(actor, id, f, t, out);
        return jakarta.ws.rs.core.Response.ok(body, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + summary.fileName() + "\"")
                .header("Cache-Control", "no-store").build();
    }

    @Inject
    org.coopbank.statement.StatementService statements;
}
