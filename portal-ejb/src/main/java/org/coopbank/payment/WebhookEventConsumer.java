package org.coopbank.payment;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/**
 * Applies stored webhook events from the {@code WebhookEvents} queue, in the message's transaction: the payment's
 * settlement and its posting commit with the acknowledgement, or roll back and the message is redelivered (three
 * deliveries, then {@code WebhookDLQ}; server.cli).
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/WebhookEvents"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")})
public class WebhookEventConsumer implements MessageListener {

    @Inject
    WebhookInbox inbox;

    @Override
    public void onMessage(Message message) {
        try {
            inbox.apply(Long.parseLong(((TextMessage) message).getText().strip()));
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable webhook message", e);
        }
    }
}
