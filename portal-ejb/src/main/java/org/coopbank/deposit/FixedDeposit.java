package org.coopbank.deposit;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import org.coopbank.account.BankAccount;
import org.coopbank.branch.Branch;
import org.coopbank.customer.Customer;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.Money;

@Entity
@Table(name = "fixed_deposit")
public class FixedDeposit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fixed_deposit_seq")
    @SequenceGenerator(name = "fixed_deposit_seq", sequenceName = "fixed_deposit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "fd_number", nullable = false, unique = true, length = 20)
    private String fdNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "branch_id", nullable = false)
    private Branch branch;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "linked_account_id", nullable = false)
    private BankAccount linkedAccount;

    @Column(nullable = false, precision = 15, scale = 2)
    private Money principal;

    @Column(name = "annual_rate", nullable = false, precision = 7, scale = 4)
    private BigDecimal annualRate;

    @Column(name = "tenure_months", nullable = false)
    private int tenureMonths;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "maturity_date", nullable = false)
    private LocalDate maturityDate;

    @Column(name = "maturity_amount", nullable = false, precision = 15, scale = 2)
    private Money maturityAmount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FdStatus status;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "interest_paid", precision = 15, scale = 2)
    private Money interestPaid;

    @Column(name = "amount_paid", precision = 15, scale = 2)
    private Money amountPaid;

    /** Chosen at opening: on maturity the maturity amount is placed again for the same tenure at the card's rate. */
    @Column(name = "auto_renew", nullable = false)
    private boolean autoRenew;

    /** On maturity, pay out to the customer's linked bank account elsewhere (org.coopbank.payout), V24. */
    @Column(name = "payout_to_external", nullable = false)
    private boolean payoutToExternal;

    /** The FD this one renewed (null for an FD opened from an account). */
    @Column(name = "renewed_from_id")
    private Long renewedFromId;

    @Version
    private long version;

    protected FixedDeposit() {
    }

    FixedDeposit(long serial, BankAccount linkedAccount, Money principal, BigDecimal annualRate, int tenureMonths, LocalDate openedOn) {
        this.customer = linkedAccount.customer();
        this.branch = linkedAccount.branch();
        this.fdNumber = String.format("FD%s%07d", branch.code(), serial);
        this.linkedAccount = linkedAccount;
        this.principal = principal;
        this.annualRate = annualRate;
        this.tenureMonths = tenureMonths;
        this.openedOn = openedOn;
        this.maturityDate = openedOn.plusMonths(tenureMonths);
        this.maturityAmount = FdCalculator.maturityAmount(principal, annualRate, openedOn, tenureMonths);
        this.status = FdStatus.ACTIVE;
    }

    FixedDeposit(long serial, BankAccount linkedAccount, Money principal, BigDecimal annualRate, int tenureMonths,
                 LocalDate openedOn, boolean autoRenew) {
        this(serial, linkedAccount, principal, annualRate, tenureMonths, openedOn);
        this.autoRenew = autoRenew;
    }

    FixedDeposit(long serial, BankAccount linkedAccount, Money principal, BigDecimal annualRate, int tenureMonths,
                 LocalDate openedOn, boolean autoRenew, boolean payoutToExternal) {
        this(serial, linkedAccount, principal, annualRate, tenureMonths, openedOn, autoRenew);
        if (autoRenew && payoutToExternal) {
            throw new org.coopbank.shared.ValidationFailedException("payoutToExternal",
                    "cannot be chosen together with auto-renewal");
        }
        this.payoutToExternal = payoutToExternal;
    }

    /**
     * Closes this FD on its maturity date at the maturity amount and answers the FD that replaces it: the maturity
     * amount as principal, the same tenure, opened on this one's maturity date at {@code rate}, renewing again.
     */
    FixedDeposit renew(long serial, BigDecimal rate) {
        if (!autoRenew) {
            throw new InvalidStateException("FD " + fdNumber + " was not opened for auto-renewal");
        }
        Money principalNow = mature(maturityDate);
        FixedDeposit next = new FixedDeposit(serial, linkedAccount, principalNow, rate, tenureMonths, maturityDate, true);
        next.renewedFromId = id;
        return next;
    }

    /** Closes at the maturity amount; refused before the maturity date. */
    Money mature(LocalDate on) {
        requireActive();
        if (on.isBefore(maturityDate)) {
            throw new InvalidStateException("FD " + fdNumber + " matures on " + maturityDate
                    + "; close it prematurely instead");
        }
        return close(FdStatus.MATURED, maturityAmount, on);
    }

    Money closePrematurely(Money payout, LocalDate on) {
        requireActive();
        if (!on.isBefore(maturityDate)) {
            throw new InvalidStateException("FD " + fdNumber + " has matured; close it on maturity");
        }
        return close(FdStatus.CLOSED_PREMATURE, payout, on);
    }

    private Money close(FdStatus newStatus, Money payout, LocalDate on) {
        status = newStatus;
        closedOn = on;
        amountPaid = payout;
        interestPaid = payout.minus(principal);
        return payout;
    }

    private void requireActive() {
        if (status != FdStatus.ACTIVE) {
            throw new InvalidStateException("FD " + fdNumber + " is " + status);
        }
    }

    public Long id() {
        return id;
    }

    public String fdNumber() {
        return fdNumber;
    }

    public Customer customer() {
        return customer;
    }

    public Branch branch() {
        return branch;
    }

    public BankAccount linkedAccount() {
        return linkedAccount;
    }

    public Money principal() {
        return principal;
    }

    public BigDecimal annualRate() {
        return annualRate;
    }

    public int tenureMonths() {
        return tenureMonths;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public LocalDate maturityDate() {
        return maturityDate;
    }

    public Money maturityAmount() {
        return maturityAmount;
    }

    public FdStatus status() {
        return status;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public Money interestPaid() {
        return interestPaid;
    }

    public Money amountPaid() {
        return amountPaid;
    }

    public boolean autoRenew() {
        return autoRenew;
    }

    public boolean payoutToExternal() {
        return payoutToExternal;
    }

    public Long renewedFromId() {
        return renewedFromId;
    }
}
