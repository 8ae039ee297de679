package org.coopbank.loan;

import org.coopbank.shared.Money;

/**
 * Unpaid instalments past their due date, by days past due: {@code fromDays}–{@code toDays} ({@code toDays} null, shown "90+"
 * for "and more"), how many, and their unpaid principal (read model).
 */
public record OverdueBucket(int fromDays, Integer toDays, long count, Money principal) {

    public String label() {
        return toDays == null ? (fromDays - 1) + "+" : fromDays + "–" + toDays;
    }
}
