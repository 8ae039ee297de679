/**
 * Bearer tokens for the customer REST API ({@code /api/portal/*}): issued at sign-in ({@link
 * org.coopbank.security.token.ApiSignIn}, through the same throttle as the portal's page), stored as SHA-256 only,
 * expiring after an idle time and at an absolute limit, revoked at sign-out ({@link org.coopbank.security.token.ApiTokens}).
 * A token stands for a customer actor only; the customer comes from the token, never from request input.
 */
package org.coopbank.security.token;
