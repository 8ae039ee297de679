/**
 * The customer API, {@code /api/portal/*}: sign-in for a bearer token, then the same data as the portal's pages.
 * Resources are thin: each calls one {@link org.coopbank.selfservice.SelfService} method with the token's actor
 * ({@link org.coopbank.portal.api.ApiCustomer}) and returns its {@code My…} records (account numbers masked) or a
 * small record of this package. The customer is never a parameter: another customer's id answers 404.
 */
package org.coopbank.portal.api.portal;
