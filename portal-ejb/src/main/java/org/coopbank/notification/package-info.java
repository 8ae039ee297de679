/**
 * Customer alerts. {@link org.coopbank.notification.PostingAlerts} observes committed postings
 * ({@code MoneyPosted}, AFTER_SUCCESS, so an alert never sits inside a money transaction) and queues one alert per
 * customer account touched; {@link org.coopbank.notification.NotificationService#queue} writes the row and sends
 * its id to the {@code Notifications} JMS queue in one transaction; {@link org.coopbank.notification.NotificationDispatcher}
 * delivers it (dev outbox on the embedded default, SMTP otherwise), retried by the broker and dead-lettered after
 * five attempts. Account numbers in alerts are always masked.
 */
package org.coopbank.notification;
