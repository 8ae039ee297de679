/**
 * The REST API at {@code /api}. Closed by default: {@link org.coopbank.portal.api.BearerTokenFilter} asks every
 * request for a customer's bearer token unless its resource is marked {@link org.coopbank.portal.api.PublicEndpoint}
 * (the status, the sign-in). Errors are RFC 9457 problem JSON with a status code, never a stack trace; money is a
 * two-decimal string ({@link org.coopbank.portal.api.MoneyJson}). The customer endpoints are in
 * {@code org.coopbank.portal.api.portal}; the OpenAPI document is at {@code /openapi}.
 */
package org.coopbank.portal.api;
