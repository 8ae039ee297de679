package org.coopbank.portal.api.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.coopbank.portal.api.ApiCustomer;
import org.coopbank.portal.api.RestApplication;
import org.coopbank.selfservice.MyProfile;
import org.coopbank.selfservice.SelfService;
import org.coopbank.shared.ValidationFailedException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/portal/profile")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = RestApplication.BEARER)
@Tag(name = "profile")
@APIResponse(responseCode = "401", ref = "unauthorized")
public class ProfileResource {

    @Inject
    SelfService self;

    @Inject
    ApiCustomer me;

    @GET
    @Operation(summary = "The customer's profile")
    @APIResponse(responseCode = "200", description = "The profile")
    public MyProfile profile() {
        return self.profile(me.actor());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change e-mail, address, alternate phone and nominee (validated, audited); the mobile changes "
            + "only through an OTP")
    @APIResponse(responseCode = "200", description = "The profile as changed")
    @APIResponse(responseCode = "400", ref = "invalid")
    public MyProfile change(ProfileChange body) {
        if (body == null) {
            throw new ValidationFailedException("address", "is required");
        }
        return self.updateProfile(me.actor(), body.email(), body.address(), body.alternatePhone(), body.nomineeName(),
                body.nomineeRelation());
    }
}
