package org.coopbank.security.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The {@link SmsSender} services inject: system property {@code coopbank.sms.mode} (set by {@code server.cli} from
 * {@code COOPBANK_SMS_MODE}, default {@code outbox}) picks {@link OutboxSmsSender} or {@link HttpSmsSender} on each send.
 */
@ApplicationScoped
public class SmsGateway implements SmsSender {

    @Inject
    OutboxSmsSender outbox;

    @Inject
    HttpSmsSender http;

    @Override
    public void send(String mobile, String text) {
        String mode = System.getProperty("coopbank.sms.mode", "outbox").trim();
        switch (mode) {
            case "outbox" -> outbox.send(mobile, text);
            case "http" -> http.send(mobile, text);
            default -> throw new IllegalStateException("COOPBANK_SMS_MODE must be outbox or http, not " + mode);
        }
    }
}
