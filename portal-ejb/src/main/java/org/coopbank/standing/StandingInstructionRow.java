package org.coopbank.standing;

import java.io.Serializable;
import java.time.LocalDate;
import org.coopbank.shared.Money;

/** A standing instruction as staff screens show it (read model; staff see full account numbers). */
public record StandingInstructionRow(long id, String kind, String fromAccount, String loanNumber, String toAccount,
                                     Money amount, String frequency, LocalDate nextDate, String status, String createdBy)
        implements Serializable {

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    public boolean paused() {
        return "PAUSED".equals(status);
    }
}
