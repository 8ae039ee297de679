package org.coopbank.admin;

import java.time.Instant;

/** A row of the superadmin's screens (read model). */
public record OutboxRow(Long id, Instant createdAt, String channel, String recipient, String subject, String body, String status, int attempts, Instant sentAt) {
}
