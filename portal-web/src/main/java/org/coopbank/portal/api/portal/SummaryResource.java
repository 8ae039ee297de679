package org.coopbank.portal.api.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.coopbank.portal.api.ApiCustomer;
import org.coopbank.portal.api.RestApplication;
import org.coopbank.selfservice.MyDashboard;
import org.coopbank.selfservice.SelfService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/portal/summary")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = RestApplication.BEARER)
@Tag(name = "summary")
@APIResponse(responseCode = "401", ref = "unauthorized")
public class SummaryResource {

    @Inject
    SelfService self;

    @Inject
    ApiCustomer me;

    @GET
    @Operation(summary = "The dashboard: accounts and total balance, running loans, FDs maturing soon, recent "
            + "transactions, unread alerts")
    @APIResponse(responseCode = "200", description = "The dashboard")
    public MyDashboard summary() {
        return self.dashboard(me.actor());
    }
}
