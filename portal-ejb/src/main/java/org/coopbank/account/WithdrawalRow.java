package org.coopbank.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.coopbank.shared.Money;

/**
 * A withdrawal request as the cashier's and the manager's lists show it (read model), with the account's balance
 * now, so the checker sees whether it is covered.
 */
public record WithdrawalRow(Long id, Long accountId, String accountNumber, String holderName, String customerNumber,
                            Money amount, Money balanceNow, String narration, WithdrawalRequest.Status status,
                            String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt, String reason,
                            Long journalEntryId) {

    private static final ZoneId BANK_ZONE = ZoneId.of("Asia/Kolkata");

    /** "staff:cashier1" reads as "cashier1". */
    public String requestedByName() {
        return name(requestedBy);
    }

    public String decidedByName() {
        return name(decidedBy);
    }

    public LocalDate requestedOn() {
        return requestedAt == null ? null : requestedAt.atZone(BANK_ZONE).toLocalDate();
    }

    public boolean covered() {
        return balanceNow != null && !amount.isGreaterThan(balanceNow);
    }

    public boolean isPending() {
        return status == WithdrawalRequest.Status.PENDING;
    }

    public boolean isApproved() {
        return status == WithdrawalRequest.Status.APPROVED;
    }

    private static String name(String actor) {
        return actor == null ? null : actor.substring(actor.indexOf(':') + 1);
    }
}
