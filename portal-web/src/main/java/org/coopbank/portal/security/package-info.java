/**
 * Customer sign-in. The WAR's security domain is {@code customer} (Elytron {@code customerSD}, reading the
 * {@code customer} table), so staff credentials are unknown here by construction. The principal's name is the
 * customer's login mobile; every portal query starts from it, never from a request parameter.
 */
package org.coopbank.portal.security;
