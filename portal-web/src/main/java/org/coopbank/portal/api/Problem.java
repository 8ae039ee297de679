package org.coopbank.portal.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** RFC 9457 problem details. */
public record Problem(String type, String title, int status, String detail, Map<String, String> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
