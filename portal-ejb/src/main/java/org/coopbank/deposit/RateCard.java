package org.coopbank.deposit;

import java.time.LocalDate;
import java.util.List;

/**
 * One FD rate card (read model): its bands, in force from {@code effectiveFrom} until the day before
 * {@code effectiveTo} (null: still in force). A card replaced on the day it was made has {@code effectiveFrom}
 * equal to {@code effectiveTo}: it never applied to any FD.
 */
public record RateCard(LocalDate effectiveFrom, LocalDate effectiveTo, List<FdRateRow> bands) {

    public boolean inForce() {
        return effectiveTo == null;
    }
}
