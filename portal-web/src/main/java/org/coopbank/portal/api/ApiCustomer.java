package org.coopbank.portal.api;

import jakarta.enterprise.context.RequestScoped;
import org.coopbank.shared.Actor;

/**
 * The customer an API request acts for: set by {@link BearerTokenFilter} from the bearer token, never from request
 * input, and never from the portal's session cookie (the API takes bearer tokens only, so no cross-site request can
 * ride on a browser session). Resources pass {@link #actor()} to {@code SelfService}.
 */
@RequestScoped
public class ApiCustomer {

    private Actor actor;
    private String token;

    void signedIn(Actor who, String rawToken) {
        this.actor = who;
        this.token = rawToken;
    }

    /** The token's customer; a resource reached without one is a bug in the filter, so this fails loudly. */
    public Actor actor() {
        if (actor == null) {
            throw new IllegalStateException("No API customer: the bearer token filter did not run");
        }
        return actor;
    }

    /** The bearer token of this request (for sign-out). */
    public String token() {
        actor();
        return token;
    }
}
