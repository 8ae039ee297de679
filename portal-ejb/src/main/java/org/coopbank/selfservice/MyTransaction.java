package org.coopbank.selfservice;

import java.time.LocalDate;
import org.coopbank.account.AccountTransaction;
import org.coopbank.account.TxnType;
import org.coopbank.shared.Money;

/** One line of an account's history with the balance after it (the running balance), narration masked. */
public record MyTransaction(Long id, LocalDate date, TxnType type, AccountTransaction.Direction direction, Money amount,
                            Money balanceAfter, String narration, String maskedAccount) {

    public boolean credit() {
        return direction == AccountTransaction.Direction.CREDIT;
    }
}
