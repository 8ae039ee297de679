/**
 * Online payments (issue 13): a customer pays an EMI, a deposit to an own account or the opening of an FD through a
 * {@link org.coopbank.payment.PaymentGateway} (Razorpay through razorpay-java, or the clearly labelled
 * {@link org.coopbank.payment.SimulatedGateway}, the embedded default; switch {@code COOPBANK_PAYMENT_GATEWAY}).
 * <p>Rules:
 * <ul>
 * <li>The customer comes from the {@link org.coopbank.shared.Actor}, never from the request; someone else's loan or
 * account answers "not found". The server computes the amount of an EMI payment from the schedule and refuses more
 * than is due now. Amounts are rupees ({@link org.coopbank.shared.Money}) here, integer paise at the gateway.</li>
 * <li>Exactly once, decided by the database: a payment is settled by a conditional {@code UPDATE payment SET
 * status = 'PAID' ... WHERE id = ? AND status IN ('INITIATED', 'FAILED')} and money is posted only when that changed
 * one row, in the same transaction; the checkout verify call and the webhooks ({@code payment.captured},
 * {@code order.paid}) all end there, in any order and any number of times. A webhook event is stored once (unique
 * event id); a redelivery answers 200 and changes nothing.</li>
 * <li>Amount or currency different from our record: the payment is FLAGGED for the accountant, nothing posted. Money
 * received that can no longer be applied (the loan was paid meanwhile, the account closed): FLAGGED too.</li>
 * <li>{@code payment.failed} moves INITIATED to FAILED only (never back from PAID); a later capture of the same order
 * still settles it (late authorisation).</li>
 * <li>Refunds ({@link org.coopbank.payment.PaymentRefunds}, accountant or superadmin): the refund row
 * ({@code payment_refund}, V29) and its reversal (deposit Dr 20x0 Cr 1200; FD opening, in full while the FD is active
 * and unmatured, closed with no interest, Dr 2100 Cr 1200; EMI refused) are written in one transaction under the
 * payment's and then the payable's row locks; the gateway is asked only after that commit, outside any transaction.
 * A refund the gateway did not accept stays PENDING and is retried without posting again (the retry first asks the
 * gateway for a refund carrying our id). {@link org.coopbank.payment.RefundWebhooks}: {@code refund.processed} and
 * {@code refund.failed} move it by conditional updates (PENDING/REQUESTED → PROCESSED/FAILED), so copies and events
 * out of order change nothing twice; a failed refund is credited back once (Dr 1200 Cr 20x0). A refund the bank did
 * not make is recorded once (unique gateway refund id) and flagged, nothing posted.</li>
 * <li>Posting (DESIGN.md): EMI online 1200 → 1320/4000/1300 ({@code LoanService.repay}, channel ONLINE), deposit online
 * 1200 → 20x0 ({@code AccountService.depositOnline}), FD opened online 1200 → 2100 ({@code DepositService.openOnline}).</li>
 * <li>The webhook resource checks the signature over the raw body first, stores the event in a transaction of its own
 * ({@link org.coopbank.payment.WebhookStore}) and, once committed, puts its id on the {@code WebhookEvents} JMS queue
 * (a transactional outbox: {@link org.coopbank.payment.WebhookRequeueTimer} queues again an event stored but never
 * queued); {@link org.coopbank.payment.WebhookEventConsumer} applies it in the message's transaction (3 deliveries,
 * then the {@code WebhookDLQ}).</li>
 * <li>{@link org.coopbank.payment.PaymentReconciler}: orders left INITIATED are looked up at the gateway (outside any
 * transaction) and fed to the same {@link org.coopbank.payment.PaymentSettlement}; captured settles, all attempts
 * failed or nothing after the expiry marks FAILED. Its timer is off on the test server.</li>
 * <li>{@link org.coopbank.payment.PaymentReconciliation} (accountant, superadmin): a dead-lettered event is retried by
 * taking its message off {@code WebhookDLQ} and applying the stored event in one transaction (applied once, or nothing
 * changes and the message stays); a settlement received posts 1100 &lt;- 1200 once per gateway reference (unique key on
 * {@code gateway_settlement}, V19), never more than 1200 holds. Every action is audited.</li>
 * <li>Settlements from the gateway's report ({@link org.coopbank.payment.SettlementImport}: the accountant's "Import
 * settlements" for a range of days, and {@link org.coopbank.payment.SettlementImportTimer} daily for yesterday and
 * today): the report is read outside any transaction ({@code PaymentGateway.settlements}: Razorpay's
 * {@code GET /v1/settlements} paged, or the simulated gateway's next-day settlements of its captures less a configured
 * fee and GST); each processed settlement is recorded in its own transaction
 * ({@link org.coopbank.payment.SettlementPosting}): 1100 by the net amount and 5200 gateway charges by fee + tax, from
 * 1200 by the gross, once, decided by the unique keys (gateway, reference) and (gateway, utr) that the manual entry
 * shares (it stores its reference as both), so a settlement typed in under its id or UTR is never imported again and
 * the other way round. Amounts that do not add up, or a gross above what 1200 holds: flagged once
 * ({@code gateway_settlement_flag}, V28), nothing posted.</li>
 * </ul>
 */
package org.coopbank.payment;
