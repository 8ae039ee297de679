package org.coopbank.it.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only, added to portal-web's WAR in the test deployment: a new resource that nobody marked public. The API's
 * bearer filter must close it without anyone thinking about it.
 */
@Path("/it-probe")
public class UnmarkedProbeResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String probe() {
        return "{\"probe\":\"open\"}";
    }
}
