/**
 * Customer alerts through an outbox table. {@link org.coopbank.notification.PostingAlerts} observes committed
 * postings ({@code MoneyPosted}, AFTER_SUCCESS, so an alert never sits inside a money transaction) and, asynchronously
 * in its own transaction, queues one alert per customer account touched (idempotent on a dedupe key);
 * {@link org.coopbank.notification.NotificationDispatcher} delivers queued rows in batches (dev outbox on the
 * embedded default, SMTP otherwise) with retries. Account numbers in alerts are always masked.
 */
package org.coopbank.notification;
