package org.coopbank.ledger;

import java.time.LocalDate;
import java.util.List;
import org.coopbank.shared.Money;

/** Every journal entry of one business date with its lines, entry by entry, and the day's totals (read model). */
public record DayBook(LocalDate date, List<JournalLineRow> lines) {

    public long entries() {
        return lines.stream().map(JournalLineRow::entryId).distinct().count();
    }

    public Money totalDebits() {
        return lines.stream().map(JournalLineRow::debit).reduce(Money.ZERO, Money::plus);
    }

    public Money totalCredits() {
        return lines.stream().map(JournalLineRow::credit).reduce(Money.ZERO, Money::plus);
    }

    public boolean balances() {
        return totalDebits().equals(totalCredits());
    }
}
