package org.coopbank.portal.api.portal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Password sign-in: the login mobile and the portal password. */
public record LoginRequest(@Schema(example = "9876500001") String mobile,
                           @Schema(format = "password") String password) {

    @Override
    public String toString() {
        return "LoginRequest[mobile=" + mobile + "]"; // never the password
    }
}
