package org.coopbank.loan;

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

/** A repayment received, with its allocation. Written once. */
@Entity
@Table(name = "loan_repayment")
public class LoanRepayment {

    public enum Kind { REGULAR, PREPAYMENT, FORECLOSURE }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "loan_repayment_seq")
    @SequenceGenerator(name = "loan_repayment_seq", sequenceName = "loan_repayment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "loan_id", nullable = false)
    private Loan loan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "journal_entry_id", nullable = false)
    private JournalEntry journalEntry;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(nullable = false, precision = 15, scale = 2)
    private Money amount;

    @Column(name = "principal_part", nullable = false, precision = 15, scale = 2)
    private Money principalPart;

    @Column(name = "interest_part", nullable = false, precision = 15, scale = 2)
    private Money interestPart;

    @Column(name = "penalty_part", nullable = false, precision = 15, scale = 2)
    private Money penaltyPart;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RepaymentChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Kind kind;

    @Column(length = 64)
    private String reference;

    /** Foreclosure charge (credited to fees and charges income, 4200). */
    @Column(name = "fee_part", nullable = false, precision = 15, scale = 2)
    private Money feePart;

    /** ONLINE only: the gateway's payment id, unique, so one gateway payment repays a loan at most once. */
    @Column(name = "gateway_ref", unique = true, length = 64)
    private String gatewayRef;

    protected LoanRepayment() {
    }

    LoanRepayment(Loan loan, JournalEntry entry, Allocation allocation, RepaymentChannel channel, Kind kind,
                  String reference) {
        this.loan = loan;
        this.journalEntry = entry;
        this.paidOn = entry.entryDate();
        this.postedAt = entry.postedAt();
        this.amount = allocation.total();
        this.principalPart = allocation.principal();
        this.interestPart = allocation.interest();
        this.penaltyPart = allocation.penalty();
        this.feePart = allocation.fee();
        this.channel = channel;
        this.kind = kind;
        this.reference = reference;
        this.gatewayRef = channel == RepaymentChannel.ONLINE ? reference : null;
    }

    public Long id() {
        return id;
    }

    public Loan loan() {
        return loan;
    }

    public JournalEntry journalEntry() {
        return journalEntry;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public Money amount() {
        return amount;
    }

    public Money principalPart() {
        return principalPart;
    }

    public Money interestPart() {
        return interestPart;
    }

    public Money penaltyPart() {
        return penaltyPart;
    }

    public Money feePart() {
        return feePart;
    }

    public RepaymentChannel channel() {
        return channel;
    }

    public Kind kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }
}
