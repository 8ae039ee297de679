/**
 * Portal access by one-time codes (issue 12): a manager grants portal access (an activation code by SMS), the customer
 * activates it or resets a forgotten password with a code, signs in with a one-time password (OTP) that becomes a
 * short-lived single-use login ticket for the customer realm, and changes the login mobile with a code sent to the new
 * number. Rules (DESIGN §3):
 * <ul>
 * <li>codes come from {@code SecureRandom} (6 digits; activation codes 8 digits, valid 24 hours; others 5 minutes), are
 * stored only as bcrypt hashes in {@code one_time_code}, and are single use: consumed by a conditional
 * {@code UPDATE … WHERE used_at IS NULL}, never read-then-write. A new code supersedes the older live ones of its purpose;
 * a code dies after {@value org.coopbank.security.access.OneTimeCodes#MAX_ATTEMPTS} wrong tries;</li>
 * <li>verification and sending are throttled through {@link org.coopbank.security.LoginThrottle} (scopes
 * {@code customer-otp} and {@code customer-otp-send}: 5 a minute per mobile and per client address, then exponential
 * back-off, then lockout), and every request, send, verification and failure is in the sign-in log;</li>
 * <li>answers never tell whether a mobile is registered: an unknown mobile gets the same answer after the same work
 * (a code generated and hashed, the same supersede statement; only the inserts and the SMS are skipped);</li>
 * <li>login tickets ({@code login_ticket}, 256 random bits, bcrypt, ~30 seconds) are read by the customer realm's second
 * principal-query in {@code server/cli/server.cli} and marked used right after the sign-in (any customer sign-in
 * consumes the live ticket of its mobile, see {@link org.coopbank.security.SignInGuard#succeeded}).</li>
 * </ul>
 * SMS go through {@link org.coopbank.security.access.SmsSender}: the outbox table by default, an HTTP provider with
 * {@code COOPBANK_SMS_MODE=http}.
 */
package org.coopbank.security.access;
