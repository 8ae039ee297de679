package org.coopbank.statement;

import java.time.LocalDate;
import org.coopbank.account.AccountTransaction;
import org.coopbank.shared.Money;

/** One line of a statement (read model): the subledger row with its journal entry as reference. */
public record StatementLine(Long id, LocalDate txnDate, String narration, AccountTransaction.Direction direction,
                            Money amount, Money balanceAfter, Long entryId) {

    public boolean isCredit() {
        return direction == AccountTransaction.Direction.CREDIT;
    }

    public Money signedAmount() {
        return isCredit() ? amount : amount.negate();
    }
}
