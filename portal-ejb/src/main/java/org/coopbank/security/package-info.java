/**
 * Password hashing shared by both realms, and sign-in protection. Hashes are bcrypt ({@code $2a$}, cost 10), the
 * modular-crypt format that WildFly Elytron's {@code jdbc-realm} verifies, so each WAR's security domain checks them
 * without application code. Passwords are never logged or audited.
 * <p>
 * Sign-in protection: {@link org.coopbank.security.LoginThrottle} counts failures per username and per client
 * address in the database (back-off, lockout, superadmin unlock; arithmetic in {@code BackOff});
 * {@link org.coopbank.security.SignInGuard} is what the WARs' sign-in handlers call around {@code request.login};
 * {@link org.coopbank.security.SignInLog} records every sign-in, failure, refusal, lockout and sign-out.
 */
package org.coopbank.security;
