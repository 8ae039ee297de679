/**
 * Servlet-level pieces both WARs share: the sign-in POST flow around {@code request.login} ({@link
 * org.coopbank.security.web.FormSignIn}), the same-origin check for form posts ({@link
 * org.coopbank.security.web.SameOrigin}) and the security headers and HTTPS redirect ({@link
 * org.coopbank.security.web.SecurityHeaders}). Each WAR wires them into its own servlets and filters, against its
 * own security domain; nothing here knows which realm it serves beyond the {@code SignInRealm} it is given.
 */
package org.coopbank.security.web;
