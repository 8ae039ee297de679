/**
 * Customers (members) of the bank: KYC details, nominee, and the lifecycle
 * PENDING (onboarded by a clerk) → APPROVED (KYC checked by a manager) → ACTIVE (portal access set up), with
 * BLOCKED reachable from any state and unblocking back to where the customer was. Only ACTIVE customers with a
 * password can sign in to the portal (the customer realm's query says so).
 */
package org.coopbank.customer;
