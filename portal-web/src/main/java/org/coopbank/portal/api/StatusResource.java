package org.coopbank.portal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coopbank.platform.DatabaseStatus;
import org.coopbank.shared.BusinessClock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public status: is the bank up, which database, which schema version, which business date. */
@Path("/status")
@PublicEndpoint
@RequestScoped
@Tag(name = "status")
public class StatusResource {

    @Inject
    DatabaseStatus database;

    @Inject
    BusinessClock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Is the bank up: status, business date, database, schema version (no token needed)")
    @APIResponse(responseCode = "200", description = "Up")
    @APIResponse(responseCode = "503", description = "The database does not answer")
    public Response status() {
        DatabaseStatus.Report db = database.check();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", db.up() ? "UP" : "DOWN");
        body.put("businessDate", clock.today().toString());
        body.put("database", db.product());
        body.put("schemaVersion", db.schemaVersion());
        return Response.status(db.up() ? 200 : 503).entity(body).build();
    }
}
