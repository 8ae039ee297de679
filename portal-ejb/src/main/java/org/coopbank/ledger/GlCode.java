package org.coopbank.ledger;

/** The chart of accounts (rows of {@code gl_account}, seeded by migrations V2, V4 and V28). */
public enum GlCode {
    CASH("1000"),
    BANK_SETTLEMENT("1100"),
    GATEWAY_CLEARING("1200"),
    LOANS_RECEIVABLE("1300"),
    PENALTY_RECEIVABLE("1320"),
    SAVINGS_DEPOSITS("2000"),
    CURRENT_DEPOSITS("2010"),
    FIXED_DEPOSITS("2100"),
    PAYOUT_CLEARING("2200"),
    SHARE_CAPITAL("3000"),
    LOAN_INTEREST_INCOME("4000"),
    PENAL_INTEREST_INCOME("4100"),
    FEES_INCOME("4200"),
    SAVINGS_INTEREST_EXPENSE("5000"),
    FD_INTEREST_EXPENSE("5100"),
    /** the payment gateway's fee and the GST on it, kept out of a settlement (V28) */
    GATEWAY_CHARGES("5200");

    private final String code;

    GlCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static GlCode fromCode(String code) {
        for (GlCode g : values()) {
            if (g.code.equals(code)) {
                return g;
            }
        }
        throw new IllegalArgumentException("Unknown GL code " + code);
    }
}
