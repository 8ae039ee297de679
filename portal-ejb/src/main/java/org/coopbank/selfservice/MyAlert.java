package org.coopbank.selfservice;

import java.time.Instant;
import java.time.LocalDateTime;
import org.coopbank.shared.BusinessClock;

/** An alert the bank sent the customer; {@code read} once the customer has seen it on the portal. */
public record MyAlert(Long id, Instant createdAt, String subject, String body, boolean read) {

    /** When it was sent, in the bank's time zone, to the minute. */
    public LocalDateTime sentAt() {
        return LocalDateTime.ofInstant(createdAt, BusinessClock.ZONE).withSecond(0).withNano(0);
    }
}
