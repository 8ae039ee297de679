package org.coopbank.notification;

import java.time.Instant;
import java.time.LocalDateTime;
import org.coopbank.shared.BusinessClock;

/** An alert sent (or queued) to a customer, as the customer 360° view lists it (read model). */
public record AlertRow(Long id, Instant createdAt, Notification.Channel channel, String recipient, String subject,
                       Notification.Status status, Instant sentAt) {

    /** When the alert was queued, in the bank's time zone (minutes). */
    public LocalDateTime queuedAt() {
        return local(createdAt);
    }

    /** When it was delivered, in the bank's time zone; null while queued or failed. */
    public LocalDateTime deliveredAt() {
        return local(sentAt);
    }

    private static LocalDateTime local(Instant i) {
        return i == null ? null : LocalDateTime.ofInstant(i, BusinessClock.ZONE).withSecond(0).withNano(0);
    }
}
