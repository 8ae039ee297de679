package org.coopbank.account;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.coopbank.ledger.JournalEntry;
import org.coopbank.shared.Money;

/** One line of an account's subledger, with the balance after it. Written once, never updated or deleted. */
@Entity
@Table(name = "account_transaction")
public class AccountTransaction {

    public enum Direction { CREDIT, DEBIT }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_transaction_seq")
    @SequenceGenerator(name = "account_transaction_seq", sequenceName = "account_transaction_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private BankAccount account;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "journal_entry_id", nullable = false, updatable = false)
    private JournalEntry journalEntry;

    @Column(name = "txn_date", nullable = false, updatable = false)
    private LocalDate txnDate;

    @Column(name = "posted_at", nullable = false, updatable = false)
    private Instant postedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "txn_type", nullable = false, length = 30, updatable = false)
    private TxnType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6, updatable = false)
    private Direction direction;

    @Column(nullable = false, precision = 15, scale = 2, updatable = false)
    private Money amount;

    @Column(name = "balance_after", nullable = false, precision = 15, scale = 2, updatable = false)
    private Money balanceAfter;

    @Column(nullable = false, length = 255, updatable = false)
    private String narration;

    @Column(length = 64, updatable = false)
    private String reference;

    protected AccountTransaction() {
    }

    AccountTransaction(BankAccount account, JournalEntry entry, TxnType type, Direction direction, Money amount,
                       Money balanceAfter, String narration, String reference) {
        this.account = account;
        this.journalEntry = entry;
        this.txnDate = entry.entryDate();
        this.postedAt = entry.postedAt();
        this.type = type;
        this.direction = direction;
        this.amount = amount;
        this.balanceAfter = balanceAfter;
        this.narration = narration.length() > 255 ? narration.substring(0, 255) : narration;
        this.reference = reference;
    }

    public Long id() {
        return id;
    }

    public BankAccount account() {
        return account;
    }

    public JournalEntry journalEntry() {
        return journalEntry;
    }

    public LocalDate txnDate() {
        return txnDate;
    }

    public Instant postedAt() {
        return postedAt;
    }

    public TxnType type() {
        return type;
    }

    public Direction direction() {
        return direction;
    }

    public Money amount() {
        return amount;
    }

    /** Signed: positive for credits, negative for debits. */
    public Money signedAmount() {
        return direction == Direction.CREDIT ? amount : amount.negate();
    }

    public Money balanceAfter() {
        return balanceAfter;
    }

    public String narration() {
        return narration;
    }

    public String reference() {
        return reference;
    }
}
