package org.coopbank.security.access;

/**
 * Sends a customer-facing text message (never a full account number; codes only to the number they prove).
 * The injectable bean of this type is {@link SmsGateway}, which picks the outbox or the HTTP provider by configuration.
 */
public interface SmsSender {

    void send(String mobile, String text);
}
