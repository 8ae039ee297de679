package org.coopbank.selfservice;

import java.time.LocalDate;
import org.coopbank.shared.Money;
import org.coopbank.standing.LastRun;

/**
 * One of the customer's standing instructions: an EMI auto-debit of loan {@code loanNumber} (amount: whatever is due on
 * the date) or a recurring transfer of {@code amount} to {@code toAccount}, paid from {@code fromAccount}; both account
 * numbers masked. {@code status}: ACTIVE, PAUSED (nothing paid until resumed) or STOPPED (cancelled). {@code nextDate}:
 * the next instalment's due date (EMI) or the next transfer date, none while paused or once stopped.
 * {@code lastRun}: what the nightly job last did with it, or null if it has not run yet.
 */
public record MyStandingInstruction(long id, String kind, String fromAccount, Long loanId, String loanNumber,
                                    String toAccount, Money amount, String frequency, LocalDate nextDate, String status,
                                    LastRun lastRun) {

    public boolean emi() {
        return "EMI".equals(kind);
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    public boolean paused() {
        return "PAUSED".equals(status);
    }

    /** Active or paused: not cancelled, so it can still be cancelled. */
    public boolean live() {
        return !"STOPPED".equals(status);
    }
}
