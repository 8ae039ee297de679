package org.coopbank.security.access;

import java.time.Duration;

/** What a one-time code is for, how long it lives and how many digits it has. */
public enum CodePurpose {
    /** sent when a manager grants portal access; the customer chooses a password with it */
    ACTIVATION(Duration.ofHours(24), 8),
    /** one-time password for signing in */
    LOGIN(Duration.ofMinutes(5), 6),
    /** forgot password */
    RESET(Duration.ofMinutes(5), 6),
    /** sent to a new mobile number, confirming that the customer holds it */
    MOBILE_CHANGE(Duration.ofMinutes(5), 6);

    private final Duration lifetime;
    private final int digits;

    CodePurpose(Duration lifetime, int digits) {
        this.lifetime = lifetime;
        this.digits = digits;
    }

    public Duration lifetime() {
        return lifetime;
    }

    public int digits() {
        return digits;
    }
}
