package org.coopbank.security.token;

import java.time.Instant;

/** A token just issued: the raw token (shown to the client once, stored nowhere) and when it expires if unused. */
public record IssuedToken(String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "IssuedToken[expiresAt=" + expiresAt + "]"; // never the token
    }
}
