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
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.coopbank.branch.Branch;
import org.coopbank.customer.Customer;
import org.coopbank.customer.CustomerStatus;
import org.coopbank.ledger.JournalEntry;
import org.coopbank.shared.AccountNumbers;
import org.coopbank.shared.InsufficientFundsException;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.Money;
import org.coopbank.shared.Validation;

@Entity
@Table(name = "bank_account")
public class BankAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_account_seq")
    @SequenceGenerator(name = "bank_account_seq", sequenceName = "bank_account_seq", allocationSize = 50)
    private Long id;

    @Column(name = "account_number", nullable = false, unique = true, length = 20)
    private String accountNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "branch_id", nullable = false)
    private Branch branch;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_type", nullable = false, length = 10)
    private AccountType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AccountStatus status;

    @Column(nullable = false, precision = 15, scale = 2)
    private Money balance;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Version
    private long version;

    protected BankAccount() {
    }

    BankAccount(long serial, Customer customer, Branch branch, AccountType type, LocalDate openedOn) {
        this.accountNumber = AccountNumbers.generate(branch.code(), type.productCode(), serial);
        this.customer = customer;
        this.branch = branch;
        this.type = type;
        this.status = AccountStatus.ACTIVE;
        this.balance = Money.ZERO;
        this.openedOn = openedOn;
    }

    /** Credits the account and returns the subledger line. The caller holds the row lock and posted {@code entry}. */
    public AccountTransaction credit(Money amount, TxnType txnType, String narration, JournalEntry entry) {
        Validation.positiveAmount(amount);
        requireActive();
        balance = balance.plus(amount);
        return new AccountTransaction(this, entry, txnType, AccountTransaction.Direction.CREDIT, amount, balance,
                narration, entry.reference());
    }

    /** Debits the account (no overdraft) and returns the subledger line. */
    public AccountTransaction debit(Money amount, TxnType txnType, String narration, JournalEntry entry) {
        checkCanDebit(amount);
        balance = balance.minus(amount);
        return new AccountTransaction(this, entry, txnType, AccountTransaction.Direction.DEBIT, amount, balance,
                narration, entry.reference());
    }

    /** Refuses, before anything is posted, a debit this account cannot take. */
    public void checkCanDebit(Money amount) {
        Validation.positiveAmount(amount);
        requireActive();
        if (customer.status() == CustomerStatus.BLOCKED) {
            throw new InvalidStateException("Customer of account " + maskedNumber() + " is blocked: no debits allowed");
        }
        if (amount.isGreaterThan(balance)) {
            throw new InsufficientFundsException("Insufficient funds in account " + maskedNumber()
                    + ": balance " + balance + ", requested " + amount);
        }
    }

    public void requireActive() {
        if (status != AccountStatus.ACTIVE) {
            throw new InvalidStateException("Account " + maskedNumber() + " is " + status);
        }
    }

    void freeze() {
        requireActive();
        status = AccountStatus.FROZEN;
    }

    void unfreeze() {
        if (status != AccountStatus.FROZEN) {
            throw new InvalidStateException("Account " + maskedNumber() + " is not frozen");
        }
        status = AccountStatus.ACTIVE;
    }

    void close(LocalDate on) {
        requireActive();
        if (!balance.isZero()) {
            throw new InvalidStateException("Account " + maskedNumber() + " still holds " + balance
                    + "; withdraw or transfer it before closing");
        }
        status = AccountStatus.CLOSED;
        closedOn = on;
    }

    public Long id() {
        return id;
    }

    public String accountNumber() {
        return accountNumber;
    }

    public String maskedNumber() {
        return AccountNumbers.mask(accountNumber);
    }

    public Customer customer() {
        return customer;
    }

    public Branch branch() {
        return branch;
    }

    public AccountType type() {
        return type;
    }

    public AccountStatus status() {
        return status;
    }

    public Money balance() {
        return balance;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public long version() {
        return version;
    }
}
