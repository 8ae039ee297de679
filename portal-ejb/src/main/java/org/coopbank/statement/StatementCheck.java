package org.coopbank.statement;

import org.coopbank.shared.Money;
import org.coopbank.shared.Nullable;

/**
 * The answer to a staff check of a printed statement (read model). {@code genuine}: the code was made by this bank
 * for exactly this account, period and closing balance. When genuine, the full account number and holder are given
 * (staff may see them), with the closing balance the books show for that period today: it differs only if
 * transactions were posted to the last day of the period after the statement was made.
 */
public record StatementCheck(boolean genuine, @Nullable String accountNumber, @Nullable String customerName,
                             @Nullable Money booksClosing) {

    static StatementCheck noMatch() {
        return new StatementCheck(false, null, null, null);
    }

    public boolean booksAgree(Money printedClosing) {
        return genuine && booksClosing != null && booksClosing.equals(printedClosing);
    }
}
