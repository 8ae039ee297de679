package org.coopbank.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.coopbank.shared.Actor;

/**
 * The intranet's {@link Actor}, for injection into request-scoped beans (pages, resources): built once per request by
 * {@link CurrentStaff#actor()} from the container's principal and roles, never from request input. {@code @Dependent}
 * because {@code Actor} is a final record (no proxy). Long-lived components (servlets, filters) inject
 * {@link CurrentStaff} instead and call {@code actor()} per request.
 */
@ApplicationScoped
public class ActorProducer {

    @Inject
    CurrentStaff current;

    @Produces
    @Dependent
    public Actor actor() {
        return current.actor();
    }
}
