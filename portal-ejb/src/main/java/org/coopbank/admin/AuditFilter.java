package org.coopbank.admin;

import java.time.LocalDate;

/** Filters of the audit trail; any may be blank. Dates are business dates in Asia/Kolkata, inclusive. */
public record AuditFilter(String actor, String action, String entityType, String entityId, LocalDate from, LocalDate to) {
}
