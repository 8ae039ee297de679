package org.coopbank.standing;

/** A standing instruction could not do all it should (fired inside the item's transaction, told after it commits). */
public record StandingInstructionFailed(long customerId, String dedupeKey, String subject, String body) {
}
