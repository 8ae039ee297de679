package org.coopbank.loan;

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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.coopbank.account.BankAccount;
import org.coopbank.branch.Branch;
import org.coopbank.customer.Customer;
import org.coopbank.shared.InvalidAmountException;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.Money;

@Entity
@Table(name = "loan")
public class Loan {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "loan_seq")
    @SequenceGenerator(name = "loan_seq", sequenceName = "loan_seq", allocationSize = 50)
    private Long id;

    @Column(name = "loan_number", nullable = false, unique = true, length = 20)
    private String loanNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "branch_id", nullable = false)
    private Branch branch;

    /** The customer's own account: disbursement is credited to it, ACCOUNT-channel EMIs are debited from it. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private BankAccount account;

    @Column(nullable = false, precision = 15, scale = 2)
    private Money principal;

    @Column(name = "annual_rate", nullable = false, precision = 7, scale = 4)
    private BigDecimal annualRate;

    @Column(name = "tenure_months", nullable = false)
    private int tenureMonths;

    @Column(nullable = false, length = 255)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private LoanStatus status;

    @Column(name = "applied_on", nullable = false)
    private LocalDate appliedOn;

    @Column(name = "applied_by", nullable = false, length = 100)
    private String appliedBy;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "rejection_reason", length = 255)
    private String rejectionReason;

    @Column(name = "disbursed_on")
    private LocalDate disbursedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "emi_amount", precision = 15, scale = 2)
    private Money emiAmount;

    @Column(name = "outstanding_principal", nullable = false, precision = 15, scale = 2)
    private Money outstandingPrincipal;

    @OneToMany(mappedBy = "loan", cascade = CascadeType.PERSIST)
    @OrderBy("seqNo")
    private List<LoanInstallment> installments = new ArrayList<>();

    @Version
    private long version;

    protected Loan() {
    }

    Loan(long serial, Customer customer, BankAccount account, Money principal, BigDecimal annualRate, int tenureMonths,
         String purpose, LocalDate appliedOn, String appliedBy) {
        this.customer = customer;
        this.branch = account.branch();
        this.loanNumber = String.format("LN%s%07d", branch.code(), serial);
        this.account = account;
        this.principal = principal;
        this.annualRate = annualRate;
        this.tenureMonths = tenureMonths;
        this.purpose = purpose;
        this.status = LoanStatus.APPLIED;
        this.appliedOn = appliedOn;
        this.appliedBy = appliedBy;
        this.outstandingPrincipal = Money.ZERO;
    }

    void approve(String by, LocalDate on) {
        require(LoanStatus.APPLIED, "approve");
        status = LoanStatus.APPROVED;
        decidedBy = by;
        decidedOn = on;
    }

    void reject(String by, LocalDate on, String reason) {
        if (status != LoanStatus.APPLIED && status != LoanStatus.APPROVED) {
            throw new InvalidStateException("Cannot reject loan " + loanNumber + ": it is " + status);
        }
        status = LoanStatus.REJECTED;
        decidedBy = by;
        decidedOn = on;
        rejectionReason = reason;
    }

    /** Disburses the full principal on {@code on} and builds the EMI schedule. */
    List<LoanInstallment> disburse(LocalDate on) {
        require(LoanStatus.APPROVED, "disburse");
        status = LoanStatus.DISBURSED;
        disbursedOn = on;
        outstandingPrincipal = principal;
        emiAmount = EmiCalculator.emi(principal, annualRate, tenureMonths);
        for (EmiCalculator.Line line : EmiCalculator.schedule(principal, annualRate, tenureMonths, on)) {
            installments.add(new LoanInstallment(this, line));
        }
        return installments;
    }

    /**
     * What may be paid now without declaring a foreclosure: everything unpaid on instalments due on or before
     * {@code today}, plus the next instalment not yet due (customers may pay their EMI early).
     */
    public Money payableNow(LocalDate today) {
        Money sum = Money.ZERO;
        boolean nextTaken = false;
        for (LoanInstallment i : installments) {
            if (i.isSettled()) {
                continue;
            }
            if (!i.dueDate().isAfter(today)) {
                sum = sum.plus(i.outstanding());
            } else if (!nextTaken) {
                sum = sum.plus(i.outstanding());
                nextTaken = true;
            }
        }
        return sum;
    }

    /** Oldest unpaid instalment first; inside one: penalty, interest, principal. */
    Allocation applyRepayment(Money amount, LocalDate on) {
        require(LoanStatus.DISBURSED, "repay");
        Money payable = payableNow(on);
        if (amount.isGreaterThan(payable)) {
            throw new InvalidAmountException("Loan " + loanNumber + ": " + amount + " is more than the " + payable
                    + " due now; pay the excess as a foreclosure");
        }
        return allocate(amount, on);
    }

    private Allocation allocate(Money amount, LocalDate on) {
        Allocation total = Allocation.NONE;
        Money left = amount;
        for (LoanInstallment i : installments) {
            if (left.isZero()) {
                break;
            }
            if (!i.isSettled()) {
                Allocation a = i.apply(left, on);
                total = total.plus(a);
                left = left.minus(a.total());
            }
        }
        outstandingPrincipal = outstandingPrincipal.minus(total.principal());
        closeIfSettled(on);
        return total;
    }

    /** Amount that closes the loan today: unpaid penalty and interest of instalments due by today, plus all principal. */
    public Money foreclosureAmount(LocalDate today) {
        Money sum = outstandingPrincipal;
        for (LoanInstallment i : installments) {
            sum = sum.plus(i.unpaidPenalty());
            if (!i.dueDate().isAfter(today)) {
                sum = sum.plus(i.unpaidInterest());
            }
        }
        return sum;
    }

    Allocation foreclose(LocalDate on) {
        require(LoanStatus.DISBURSED, "foreclose");
        for (LoanInstallment i : installments) {
            if (i.dueDate().isAfter(on)) {
                i.waiveUnaccruedInterest();
            }
        }
        return allocate(foreclosureAmount(on), on);
    }

    /**
     * A declared prepayment: {@code amount} goes wholly to principal and the remaining instalments are recomputed
     * (same rate, same due dates, lower EMI). Allowed only when nothing is due today and the remaining instalments
     * are untouched, and for less than the outstanding principal (more is a foreclosure).
     */
    Allocation prepay(Money amount, LocalDate on) {
        require(LoanStatus.DISBURSED, "prepay");
        List<LoanInstallment> remaining = new ArrayList<>();
        for (LoanInstallment i : installments) {
            if (i.isSettled()) {
                continue;
            }
            if (!i.dueDate().isAfter(on)) {
                throw new InvalidStateException("Loan " + loanNumber + " has dues on or before " + on
                        + "; pay them before a prepayment");
            }
            if (!i.isUntouched()) {
                throw new InvalidStateException("Loan " + loanNumber + ": instalment " + i.seqNo()
                        + " is part-paid; finish it before a prepayment");
            }
            remaining.add(i);
        }
        if (!amount.isLessThan(outstandingPrincipal)) {
            throw new InvalidAmountException("Loan " + loanNumber + ": a prepayment of " + amount
                    + " would repay all principal " + outstandingPrincipal + "; foreclose the loan instead");
        }
        outstandingPrincipal = outstandingPrincipal.minus(amount);
        LocalDate scheduleStart = remaining.get(0).dueDate().minusMonths(1);
        List<EmiCalculator.Line> lines = EmiCalculator.schedule(outstandingPrincipal, annualRate, remaining.size(),
                scheduleStart);
        for (int k = 0; k < remaining.size(); k++) {
            remaining.get(k).reschedule(lines.get(k).principal(), lines.get(k).interest());
        }
        emiAmount = EmiCalculator.emi(outstandingPrincipal, annualRate, remaining.size());
        return new Allocation(Money.ZERO, Money.ZERO, amount);
    }

    private void closeIfSettled(LocalDate on) {
        if (installments.stream().allMatch(LoanInstallment::isSettled)) {
            status = LoanStatus.CLOSED;
            closedOn = on;
        }
    }

    /** Instalments unpaid after their due date plus the grace days. */
    List<LoanInstallment> overdueInstallments(LocalDate today, int graceDays) {
        return installments.stream()
                .filter(i -> !i.isSettled() && i.dueDate().plusDays(graceDays).isBefore(today))
                .toList();
    }

    private void require(LoanStatus expected, String action) {
        if (status != expected) {
            throw new InvalidStateException("Cannot " + action + " loan " + loanNumber + ": it is " + status
                    + (expected == null ? "" : ", expected " + expected));
        }
    }

    public Long id() {
        return id;
    }

    public String loanNumber() {
        return loanNumber;
    }

    public Customer customer() {
        return customer;
    }

    public Branch branch() {
        return branch;
    }

    public BankAccount account() {
        return account;
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

    public String purpose() {
        return purpose;
    }

    public LoanStatus status() {
        return status;
    }

    public LocalDate appliedOn() {
        return appliedOn;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public LocalDate disbursedOn() {
        return disbursedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public Money emiAmount() {
        return emiAmount;
    }

    public Money outstandingPrincipal() {
        return outstandingPrincipal;
    }

    public List<LoanInstallment> installments() {
        return Collections.unmodifiableList(installments);
    }

    public Optional<LoanInstallment> nextDue() {
        return installments.stream().filter(i -> !i.isSettled()).findFirst();
    }
}
