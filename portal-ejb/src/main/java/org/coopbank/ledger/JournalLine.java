package org.coopbank.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.coopbank.branch.Branch;
import org.coopbank.shared.Money;

/** One side of a journal entry against one GL account (and branch): either a debit or a credit. */
@Entity
@Table(name = "journal_line")
public class JournalLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_line_seq")
    @SequenceGenerator(name = "journal_line_seq", sequenceName = "journal_line_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "journal_entry_id", nullable = false)
    private JournalEntry entry;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "gl_code", nullable = false)
    private GlAccount account;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "branch_id", nullable = false)
    private Branch branch;

    @Column(nullable = false, precision = 15, scale = 2)
    private Money debit;

    @Column(nullable = false, precision = 15, scale = 2)
    private Money credit;

    protected JournalLine() {
    }

    JournalLine(JournalEntry entry, GlAccount account, Branch branch, Money debit, Money credit) {
        this.entry = entry;
        this.account = account;
        this.branch = branch;
        this.debit = debit;
        this.credit = credit;
    }

    public Long id() {
        return id;
    }

    public JournalEntry entry() {
        return entry;
    }

    public GlAccount account() {
        return account;
    }

    public Branch branch() {
        return branch;
    }

    public Money debit() {
        return debit;
    }

    public Money credit() {
        return credit;
    }
}
