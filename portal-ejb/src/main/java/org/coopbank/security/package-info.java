/**
 * Password hashing shared by both realms. Hashes are bcrypt ({@code $2a$}, cost 10), the modular-crypt format that
 * WildFly Elytron's {@code jdbc-realm} verifies, so each WAR's security domain checks them without application code.
 * Passwords are never logged or audited.
 */
package org.coopbank.security;
