package org.coopbank.portal.api;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything else: logged with an incident id; the client gets problem JSON with that id and no internals. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable t) {
        if (t instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            return new Problem("about:blank", w.getResponse().getStatusInfo().getReasonPhrase(), status,
                    w.getMessage(), null).toResponse();
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
