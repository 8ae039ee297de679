package org.coopbank.ledger;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.coopbank.branch.Branch;
import org.coopbank.shared.Money;

/** One balanced posting: its lines' debits equal its credits. Immutable once posted. */
@Entity
@Table(name = "journal_entry")
public class JournalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_entry_seq")
    @SequenceGenerator(name = "journal_entry_seq", sequenceName = "journal_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "entry_date", nullable = false)
    private LocalDate entryDate;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 40)
    private EventType eventType;

    @Column(nullable = false, length = 255)
    private String narration;

    @Column(length = 64)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "branch_id", nullable = false)
    private Branch branch;

    @Column(name = "posted_by", nullable = false, length = 100)
    private String postedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reversal_of_id")
    private JournalEntry reversalOf;

    @OneToMany(mappedBy = "entry", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<JournalLine> lines = new ArrayList<>();

    protected JournalEntry() {
    }

    JournalEntry(EventType eventType, LocalDate entryDate, Instant postedAt, Branch branch, String narration,
                 String reference, String postedBy) {
        this.eventType = eventType;
        this.entryDate = entryDate;
        this.postedAt = postedAt;
        this.branch = branch;
        this.narration = truncate(narration, 255);
        this.reference = reference;
        this.postedBy = postedBy;
    }

    void addLine(GlAccount account, Branch lineBranch, Money debit, Money credit) {
        lines.add(new JournalLine(this, account, lineBranch, debit, credit));
    }

    void markReversalOf(JournalEntry original) {
        this.reversalOf = original;
    }

    public Money totalDebits() {
        return lines.stream().map(JournalLine::debit).reduce(Money.ZERO, Money::plus);
    }

    public Money totalCredits() {
        return lines.stream().map(JournalLine::credit).reduce(Money.ZERO, Money::plus);
    }

    public boolean isBalanced() {
        return lines.size() >= 2 && totalDebits().equals(totalCredits()) && totalDebits().isPositive();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public LocalDate entryDate() {
        return entryDate;
    }

    public Instant postedAt() {
        return postedAt;
    }

    public EventType eventType() {
        return eventType;
    }

    public String narration() {
        return narration;
    }

    public String reference() {
        return reference;
    }

    public Branch branch() {
        return branch;
    }

    public String postedBy() {
        return postedBy;
    }

    public JournalEntry reversalOf() {
        return reversalOf;
    }

    public List<JournalLine> lines() {
        return Collections.unmodifiableList(lines);
    }
}
