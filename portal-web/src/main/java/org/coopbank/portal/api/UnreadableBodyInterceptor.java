package org.coopbank.portal.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * A request body that does not parse (not JSON, wrong types) is the client's mistake: 400, not a 500 incident.
 * RESTEasy's JSON-B reader throws a bare {@link ProcessingException}; only failures while reading the request body are
 * turned into {@link BadRequestException}, which {@link UnexpectedExceptionMapper} answers with the reason phrase only.
 */
@Provider
public class UnreadableBodyInterceptor implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (ProcessingException | jakarta.json.bind.JsonbException | jakarta.json.JsonException e) {
            throw new BadRequestException(e);
        }
    }
}
