package org.coopbank.admin;

import java.time.Instant;

/** A row of the superadmin's screens (read model). */
public record AuditRow(Long id, Instant at, String actor, String actorType, String action, String entityType, String entityId, String before, String after) {
}
