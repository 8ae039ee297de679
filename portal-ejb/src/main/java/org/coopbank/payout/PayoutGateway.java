package org.coopbank.payout;

/**
 * A payout gateway as the bank uses it (RazorpayX's shapes): a contact per customer, a fund account per linked bank
 * account, and payouts to a fund account. Amounts are integer paise. {@code createPayout} carries our idempotency key,
 * so asking again after a time-out returns the same payout instead of paying twice.
 */
public interface PayoutGateway {

    /** {@code simulated} or {@code razorpayx}, stored on each payout. */
    String name();

    /** Creates a contact for the customer; returns the gateway's contact id ({@code cont_...}). */
    String createContact(String name, String referenceId);

    /** Creates a bank-account fund account under the contact; returns its id ({@code fa_...}). */
    String createFundAccount(String contactId, String holderName, String ifsc, String accountNumber);

    /** The payout as the gateway answered: its id and status ({@code queued}, {@code processing}, ...). */
    record Created(String id, String status) {
    }

    /**
     * Asks for the payout; {@code referenceId} is our payout id, {@code idempotencyKey} the payout's key (sent as
     * {@code X-Payout-Idempotency}).
     */
    Created createPayout(String fundAccountId, long amountPaise, String currency, String mode, String referenceId,
                         String narration, String idempotencyKey);
}
