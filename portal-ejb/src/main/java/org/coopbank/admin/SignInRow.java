package org.coopbank.admin;

import java.time.Instant;

/** A row of the superadmin's screens (read model). */
public record SignInRow(Long id, Instant at, String realm, String username, String clientAddress, String userAgent, String outcome) {
}
