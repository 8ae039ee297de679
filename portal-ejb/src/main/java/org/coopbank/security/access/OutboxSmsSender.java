package org.coopbank.security.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import org.coopbank.notification.NotificationService;

/**
 * The embedded default ({@code COOPBANK_SMS_MODE=outbox}): the SMS becomes a row of the notification outbox, in the
 * caller's transaction (a refused request leaves none), with no customer attached; the superadmin's Outbox screen shows
 * it. Development only: whoever reads the outbox reads the codes.
 */
@ApplicationScoped
@Typed(OutboxSmsSender.class)
public class OutboxSmsSender implements SmsSender {

    @Inject
    NotificationService notifications;

    @Override
    public void send(String mobile, String text) {
        notifications.queueSms(mobile, "SMS", text);
    }
}
