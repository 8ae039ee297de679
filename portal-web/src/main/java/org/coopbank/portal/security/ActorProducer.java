package org.coopbank.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.coopbank.shared.Actor;

/**
 * The portal's {@link Actor}: the signed-in customer, from the container's principal (login mobile) via
 * {@link CurrentCustomer}, never from request input. {@code @Dependent} because {@code Actor} is a final record
 * (no proxy); it is built from the request-scoped lookup, so each request sees its own customer. Long-lived components
 * (servlets, filters) inject {@link CurrentCustomer} instead.
 */
@ApplicationScoped
public class ActorProducer {

    @Inject
    CurrentCustomer current;

    @Produces
    @Dependent
    public Actor actor() {
        return current.actor();
    }
}
