package org.coopbank.portal.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API at {@code /api}. Its OpenAPI document is served by the server's MicroProfile OpenAPI at
 * {@code /openapi} (YAML; {@code ?format=JSON} for JSON).
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Co-operative Bank portal API", version = "1",
        description = "The customer's own accounts, loans, deposits, profile and alerts for mobile and single-page "
                + "clients. Sign in at POST /api/portal/auth/login for a bearer token; every other /api/portal "
                + "endpoint needs `Authorization: Bearer <token>`. Amounts are strings of rupees (INR) with two "
                + "decimals; account numbers are masked (XXXX + last four). Errors are RFC 9457 problem JSON."),
        components = @Components(responses = {
                @APIResponse(name = "unauthorized", responseCode = "401",
                        description = "No valid bearer token (missing, expired, revoked); WWW-Authenticate: Bearer",
                        content = @Content(mediaType = "application/problem+json",
                                schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "notFound", responseCode = "404",
                        description = "No such record of yours (someone else's id answers the same)",
                        content = @Content(mediaType = "application/problem+json",
                                schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "invalid", responseCode = "400",
                        description = "Invalid input; errors maps each field to what is wrong",
                        content = @Content(mediaType = "application/problem+json",
                                schema = @Schema(implementation = Problem.class)))}))
@SecurityScheme(securitySchemeName = RestApplication.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The token from POST /api/portal/auth/login")
public class RestApplication extends Application {

    /** The name of the bearer security scheme in the OpenAPI document. */
    public static final String BEARER = "bearer";
}
