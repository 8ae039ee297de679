/**
 * The {@code emi-reminders} job (daily, job parameter {@code businessDate}): alerts the customer of each unpaid
 * instalment of a disbursed loan that falls due in {@code batch.emi-reminders.days-before} days (default 3) and of
 * each instalment unpaid after its due date plus the grace days, once per instalment and kind whatever the run date:
 * the key {@code (emi-reminders, inst:<id>:due|overdue, <the instalment's due date>)} of {@code batch_item_done} is
 * inserted in the transaction that queues the alert into the notification outbox (e-mail when the customer gave an
 * address, else SMS; the portal lists it under alerts).
 */
package org.coopbank.batch.reminders;
