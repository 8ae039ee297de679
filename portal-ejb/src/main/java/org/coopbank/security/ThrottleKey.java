package org.coopbank.security;

import java.util.Locale;
import java.util.Objects;

/**
 * What a sign-in attempt is counted against: a username (or login mobile) or a client address, within a scope
 * (the realm, e.g. {@code staff} or {@code customer}). Password and, later, OTP sign-in count against the same keys.
 */
public record ThrottleKey(Kind kind, String scope, String value) {

    public enum Kind { USERNAME, ADDRESS }

    public ThrottleKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        value = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (value.length() > 150) {
            value = value.substring(0, 150);
        }
    }

    public static ThrottleKey username(String scope, String username) {
        return new ThrottleKey(Kind.USERNAME, scope, username);
    }

    public static ThrottleKey address(String scope, String address) {
        return new ThrottleKey(Kind.ADDRESS, scope, address);
    }

    /** The primary key of the key's row in {@code login_throttle}. */
    public String id() {
        return scope + "|" + kind.name().charAt(0) + "|" + value;
    }
}
