package org.coopbank.portal.api;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else: logged with an incident id; the client gets problem JSON with that id and no internals. JAX-RS's
 * own refusals (404, 405, 406, 415, a body that does not parse) keep their status with the standard reason phrase:
 * their messages name the framework, the path or the parser and never leave the server.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable t) {
        if (t instanceof WebApplicationException w) {
            LOG.log(Level.FINE, "JAX-RS refused a request", w);
            int status = w.getResponse().getStatus();
            Response.StatusType info = Response.Status.fromStatusCode(status);
            String reason = info != null ? info.getReasonPhrase() : "Request refused";
            Response.ResponseBuilder r = Response.status(status).type(Problem.MEDIA_TYPE)
                    .entity(new Problem("about:blank", reason, status, reason, null));
            // keep what the client needs to retry correctly (Allow on 405), nothing else of the original response
            String allow = w.getResponse().getHeaderString("Allow");
            if (allow != null) {
                r.header("Allow", allow);
            }
            return r.build();
        }
        if (t instanceof EJBException && t.getCause() instanceof jakarta.persistence.OptimisticLockException) {
            return new Problem("urn:coopbank:problem:concurrent-update", "Changed by someone else", 409,
                    "The record was changed at the same time; please retry", null).toResponse();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, t);
        return new Problem("about:blank", "Internal error", 500, "Unexpected error; incident " + incident, null)
                .toResponse();
    }
}
