package org.coopbank.loan;

import org.coopbank.ledger.GlCode;

/** Where repayment money comes from, and so which GL account is debited. */
public enum RepaymentChannel {
    /** cash at the counter: debit 1000 */
    CASH(GlCode.CASH),
    /** from the customer's account: debit 20x0 (the account's control account) */
    ACCOUNT(null),
    /** online through the payment gateway: debit 1200 */
    ONLINE(GlCode.GATEWAY_CLEARING);

    private final GlCode debitAccount;

    RepaymentChannel(GlCode debitAccount) {
        this.debitAccount = debitAccount;
    }

    public GlCode debitAccount() {
        return debitAccount;
    }
}
