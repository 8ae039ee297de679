package org.coopbank.portal.api.portal;

import java.time.Instant;

/**
 * A bearer token, shown once. {@code expiresAt}/{@code expiresIn}: when it expires if not used; each request moves
 * the expiry forward by the idle time, up to the absolute lifetime after sign-in.
 */
public record TokenResponse(String token, String tokenType, Instant expiresAt, long expiresIn) {

    @Override
    public String toString() {
        return "TokenResponse[expiresAt=" + expiresAt + "]";
    }
}
