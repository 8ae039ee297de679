package org.coopbank.ledger;

import java.time.LocalDate;
import java.util.List;
import org.coopbank.shared.Money;

/**
 * A GL account's statement for a period: balances in the account's own nature (debit balance for assets and
 * expenses, credit balance for the rest). {@code closing} covers the whole period even when {@code truncated} says
 * that only the first {@link #MAX_LINES} lines are listed.
 */
public record GlStatement(GlAccountRow account, LocalDate from, LocalDate to, Money opening, List<Line> lines,
                          Money totalDebits, Money totalCredits, Money closing, boolean truncated) {

    public static final int MAX_LINES = 5000;

    public record Line(LocalDate entryDate, Long entryId, EventType eventType, String reference, String narration,
                       String branchCode, Money debit, Money credit, Money balance) {
    }
}
