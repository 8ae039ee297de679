package org.coopbank.security;

/** The two password realms; {@link #scope()} names the realm in the throttle and the sign-in log. */
public enum SignInRealm {
    STAFF, CUSTOMER;

    public String scope() {
        return name().toLowerCase();
    }
}
