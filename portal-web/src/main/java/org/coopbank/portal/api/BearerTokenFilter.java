package org.coopbank.portal.api;

import org.coopbank.featureflag.FeatureFlags;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Optional;
import org.coopbank.security.token.ApiTokens;
import org.coopbank.shared.Actor;

/**
 * Closed by default: every resource method of {@code /api} needs {@code Authorization: Bearer <token>} unless it or
 * its class is marked {@link PublicEndpoint}. The filter is global (not name-bound), so a resource nobody thought
 * about is protected. Missing, malformed, unknown, expired or revoked tokens, and tokens of customers who may no
 * longer use the portal, all get the same 401 problem with {@code WWW-Authenticate: Bearer}. A customer outside the
 * superadmin's rollout of the {@code portal} feature flag gets a 403 problem saying the portal is not open yet. Runs after matching:
 * an unknown path is a 404 and a wrong method a 405, as for anyone.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class BearerTokenFilter implements ContainerRequestFilter {

    static final String REALM = "Bearer realm=\"coopbank\"";

    @Context
    ResourceInfo resource;

    @Inject
    ApiTokens tokens;

    @Inject
    ApiCustomer customer;

    @Inject
    FeatureFlags flags;

    @Override
    public void filter(ContainerRequestContext request) {
        if (isPublic(resource.getResourceClass(), resource.getResourceMethod())) {
            return;
        }
        Optional<String> token = bearer(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        Optional<Actor> actor = token.flatMap(tokens::authenticate);
        if (actor.isEmpty()) {
            request.abortWith(unauthorized(token.isPresent()));
            return;
        }
        if (!flags.isEnabledFor(FeatureFlags.PORTAL, actor.get().customerId())) {
            request.abortWith(Response.fromResponse(new Problem("urn:coopbank:problem:portal-not-open", "Not open for you yet",
                    403, "Online banking is opening to our members step by step and is not yet open for you.", null)
                    .toResponse()).header(HttpHeaders.CACHE_CONTROL, "no-store").build());
            return;
        }
        customer.signedIn(actor.get(), token.get());
    }

    /** Public only when marked so; anything else (including an unknown class or method) needs a token. */
    public static boolean isPublic(Class<?> resourceClass, Method method) {
        return method != null && method.isAnnotationPresent(PublicEndpoint.class)
                || resourceClass != null && resourceClass.isAnnotationPresent(PublicEndpoint.class);
    }

    static Optional<String> bearer(String authorization) {
        if (authorization == null || authorization.length() < 8 || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    static Response unauthorized(boolean tokenPresented) {
        Response r = new Problem("urn:coopbank:problem:unauthorized", "Sign-in required", 401,
                "A valid bearer token is required: sign in at /api/portal/auth/login.", null).toResponse();
        return Response.fromResponse(r)
                .header(HttpHeaders.WWW_AUTHENTICATE, tokenPresented ? REALM + ", error=\"invalid_token\"" : REALM)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
