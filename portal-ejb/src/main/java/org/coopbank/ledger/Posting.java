package org.coopbank.ledger;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.coopbank.branch.Branch;
import org.coopbank.shared.Money;

/**
 * A journal entry being assembled by a service: lines are added with {@link #debit} and {@link #credit}; zero
 * amounts are skipped (an EMI with no penalty has no penalty line). {@link LedgerService#post} refuses it
 * unless it balances.
 */
public final class Posting {

    record Line(GlCode gl, Branch branch, Money debit, Money credit) {
    }

    private final EventType eventType;
    private final Branch branch;
    private final String narration;
    private final List<Line> lines = new ArrayList<>();
    private final Set<Long> accountIds = new LinkedHashSet<>();
    private String reference;
    private JournalEntry reversalOf;

    private Posting(EventType eventType, Branch branch, String narration) {
        this.eventType = eventType;
        this.branch = branch;
        this.narration = narration;
    }

    public static Posting of(EventType eventType, Branch branch, String narration) {
        return new Posting(eventType, branch, narration);
    }

    public Posting debit(GlCode gl, Money amount) {
        return debit(gl, branch, amount);
    }

    public Posting credit(GlCode gl, Money amount) {
        return credit(gl, branch, amount);
    }

    public Posting debit(GlCode gl, Branch lineBranch, Money amount) {
        if (!amount.isZero()) {
            lines.add(new Line(gl, lineBranch, amount, Money.ZERO));
        }
        return this;
    }

    public Posting credit(GlCode gl, Branch lineBranch, Money amount) {
        if (!amount.isZero()) {
            lines.add(new Line(gl, lineBranch, Money.ZERO, amount));
        }
        return this;
    }

    public Posting reference(String ref) {
        this.reference = ref;
        return this;
    }

    /** Customer accounts this posting touches (carried on the {@link MoneyPosted} event). */
    public Posting touching(Long accountId) {
        accountIds.add(accountId);
        return this;
    }

    /** A posting that undoes {@code original}: every line of it with debit and credit swapped. */
    public static Posting reversing(JournalEntry original, String narration) {
        Posting p = new Posting(EventType.REVERSAL, original.branch(), narration);
        p.reversalOf = original;
        p.reference = "REV-" + original.id();
        for (JournalLine l : original.lines()) {
            p.lines.add(new Line(GlCode.fromCode(l.account().code()), l.branch(), l.credit(), l.debit()));
        }
        return p;
    }

    JournalEntry reversalOf() {
        return reversalOf;
    }

    EventType eventType() {
        return eventType;
    }

    Branch branch() {
        return branch;
    }

    String narration() {
        return narration;
    }

    String reference() {
        return reference;
    }

    List<Line> lines() {
        return lines;
    }

    Set<Long> accountIds() {
        return accountIds;
    }

    Money totalDebits() {
        return lines.stream().map(Line::debit).reduce(Money.ZERO, Money::plus);
    }

    Money totalCredits() {
        return lines.stream().map(Line::credit).reduce(Money.ZERO, Money::plus);
    }
}
