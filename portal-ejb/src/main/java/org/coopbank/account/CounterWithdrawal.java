package org.coopbank.account;

import org.coopbank.shared.Money;

/**
 * What a cashier's withdrawal did: posted now ({@code journalEntryId}, the balance after), or, above the approval
 * limit, filed as a request waiting for a manager ({@code requestId}; nothing has moved).
 */
public record CounterWithdrawal(Long journalEntryId, Long requestId, Money amount, Money balanceAfter, Money limit) {

    public boolean pending() {
        return requestId != null;
    }
}
