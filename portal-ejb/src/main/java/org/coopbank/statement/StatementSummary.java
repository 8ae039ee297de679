package org.coopbank.statement;

import java.time.LocalDate;
import org.coopbank.shared.Money;

/**
 * What a statement says before its lines (read model): whose account (masked, XXXX1234), the period, the balances at
 * its start and end, the totals and the verification code printed on every page. Safe to show to the customer.
 */
public record StatementSummary(long accountId, String maskedAccount, String accountType, String customerName,
                               String customerNumber, String branch, LocalDate from, LocalDate to, Money opening,
                               Money totalDebits, Money totalCredits, long count, Money closing,
                               String verificationCode) {

    /** {@code statement-XXXX1234-2026-04-01-2027-03-31.pdf} */
    public String fileName() {
        return "statement-" + maskedAccount + "-" + from + "-" + to + ".pdf";
    }
}
