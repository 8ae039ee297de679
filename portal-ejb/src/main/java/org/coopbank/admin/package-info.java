/**
 * What the superadmin's screens read: staff users, settings, the audit trail, the sign-in log and the outbox of
 * e-mails and SMS, as records built by queries, paged and filtered in the database. Superadmin only: every method
 * checks the actor. Changes go through the owning feature's service (StaffService, SettingsService, LoginThrottle).
 */
package org.coopbank.admin;
