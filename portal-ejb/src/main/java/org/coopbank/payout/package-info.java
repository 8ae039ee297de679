/**
 * Payouts: money the bank pays to a customer's own account at another bank (an FD's maturity by payout instruction, a
 * loan disbursed to an external account), through the payout gateway (RazorpayX over HTTP, or the clearly labelled
 * simulated one, the embedded default).
 * <p>
 * Rules: the customer's {@link org.coopbank.payout.LinkedBankAccount} is added and removed by a clerk (IFSC
 * {@code ^[A-Z]{4}0[A-Z0-9]{6}$}, 9–18 digits, at most one ACTIVE per customer, audited) and shown masked
 * ({@code XXXX1234}) to customers. {@link org.coopbank.payout.PayoutService#payout} records a {@code payout} row (its
 * idempotency key unique: the same key returns the same payout) and posts the source to 2200 payout clearing in one
 * transaction; the gateway is asked after that commits, with the same key as its idempotency key, so a retry never
 * pays twice. Webhooks {@code payout.processed} (2200 → 1100), {@code payout.reversed} / {@code payout.failed} (back to
 * the customer's own account here) arrive through {@link org.coopbank.payment.WebhookInbox} and are applied once by
 * conditional status updates; the customer is told after commit.
 */
package org.coopbank.payout;
