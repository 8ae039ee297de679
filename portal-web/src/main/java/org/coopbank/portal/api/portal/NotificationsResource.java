package org.coopbank.portal.api.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.coopbank.portal.api.ApiCustomer;
import org.coopbank.portal.api.RestApplication;
import org.coopbank.selfservice.MyAlert;
import org.coopbank.selfservice.SelfService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/portal/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = RestApplication.BEARER)
@Tag(name = "notifications")
@APIResponse(responseCode = "401", ref = "unauthorized")
public class NotificationsResource {

    @Inject
    SelfService self;

    @Inject
    ApiCustomer me;

    @GET
    @Operation(summary = "The alerts the bank sent the customer, newest first; paged, with the total")
    @APIResponse(responseCode = "200", description = "One page of alerts")
    @APIResponse(responseCode = "400", ref = "invalid")
    public PageOf<MyAlert> notifications(
            @Parameter(description = "page number from 0 (default 0)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("page") String page,
            @Parameter(description = "rows per page, 1 to 100 (default 20)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return PageOf.of(self.alerts(me.actor(), paging.first(), paging.size()), paging);
    }

    @POST
    @Path("/read")
    @Operation(summary = "Mark every unread alert read")
    @APIResponse(responseCode = "200", description = "How many were marked")
    public ReadCount markRead() {
        return new ReadCount(self.markAlertsRead(me.actor()));
    }
}
