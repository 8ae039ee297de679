package org.coopbank.portal.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource class or method of {@code /api} as reachable without a bearer token. Everything not marked needs
 * one ({@link BearerTokenFilter}): a new resource is closed until someone decides, in code review, to mark it. Today:
 * {@code GET /api/status}, {@code POST /api/portal/auth/login} (and the OTP sign-in) and {@code POST
 * /api/webhooks/razorpay}, which checks its own signature.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PublicEndpoint {
}
