package org.coopbank.account;

import org.coopbank.ledger.GlCode;

public enum AccountType {
    SAVINGS("10", GlCode.SAVINGS_DEPOSITS),
    CURRENT("20", GlCode.CURRENT_DEPOSITS);

    private final String productCode;
    private final GlCode controlAccount;

    AccountType(String productCode, GlCode controlAccount) {
        this.productCode = productCode;
        this.controlAccount = controlAccount;
    }

    public String productCode() {
        return productCode;
    }

    /** The GL control account whose balance equals the sum of all accounts of this type. */
    public GlCode controlAccount() {
        return controlAccount;
    }
}
