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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.coopbank.shared.Money;

@Entity
@Table(name = "loan_installment")
public class LoanInstallment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "loan_installment_seq")
    @SequenceGenerator(name = "loan_installment_seq", sequenceName = "loan_installment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "loan_id", nullable = false)
    private Loan loan;

    @Column(name = "seq_no", nullable = false)
    private int seqNo;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "principal_due", nullable = false, precision = 15, scale = 2)
    private Money principalDue;

    @Column(name = "interest_due", nullable = false, precision = 15, scale = 2)
    private Money interestDue;

    @Column(name = "penalty_due", nullable = false, precision = 15, scale = 2)
    private Money penaltyDue;

    @Column(name = "principal_paid", nullable = false, precision = 15, scale = 2)
    private Money principalPaid;

    @Column(name = "interest_paid", nullable = false, precision = 15, scale = 2)
    private Money interestPaid;

    @Column(name = "penalty_paid", nullable = false, precision = 15, scale = 2)
    private Money penaltyPaid;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private InstallmentStatus status;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "penalty_accrued_to")
    private LocalDate penaltyAccruedTo;

    /**
     * Σ unpaid principal × penal rate % × days, over every period since due date + grace, kept exact (never rounded):
     * the penalty charged so far is always round(basis / 36500), so any number of charges adds up to one charge.
     */
    @Column(name = "penalty_basis", nullable = false, precision = 24, scale = 6)
    private BigDecimal penaltyBasis = BigDecimal.ZERO;

    @Version
    private long version;

    protected LoanInstallment() {
    }

    LoanInstallment(Loan loan, EmiCalculator.Line line) {
        this.loan = loan;
        this.seqNo = line.seqNo();
        this.dueDate = line.dueDate();
        this.principalDue = line.principal();
        this.interestDue = line.interest();
        this.penaltyDue = Money.ZERO;
        this.principalPaid = Money.ZERO;
        this.interestPaid = Money.ZERO;
        this.penaltyPaid = Money.ZERO;
        this.status = InstallmentStatus.PENDING;
    }

    /** Takes up to {@code available} in the order penalty, interest, principal; returns what it took. */
    Allocation apply(Money available, LocalDate on) {
        Money left = available;
        Money pen = left.min(penaltyDue.minus(penaltyPaid));
        left = left.minus(pen);
        Money inte = left.min(interestDue.minus(interestPaid));
        left = left.minus(inte);
        Money prin = left.min(principalDue.minus(principalPaid));
        penaltyPaid = penaltyPaid.plus(pen);
        interestPaid = interestPaid.plus(inte);
        principalPaid = principalPaid.plus(prin);
        refreshStatus(on);
        return new Allocation(pen, inte, prin);
    }

    /** Prepayment: the instalment (untouched so far) takes its share of the recomputed schedule. */
    void reschedule(Money principal, Money interest) {
        if (!principalPaid.isZero() || !interestPaid.isZero() || !penaltyDue.isZero()) {
            throw new IllegalStateException("only an untouched instalment can be rescheduled");
        }
        principalDue = principal;
        interestDue = interest;
    }

    public boolean isUntouched() {
        return principalPaid.isZero() && interestPaid.isZero() && penaltyDue.isZero();
    }

    /** Unpaid after its due date plus {@code graceDays}, as of {@code today}. */
    public boolean isOverdueOn(LocalDate today, int graceDays) {
        return !isSettled() && status != InstallmentStatus.CANCELLED && dueDate.plusDays(graceDays).isBefore(today);
    }

    /**
     * Brings penal interest up to {@code through}: the unpaid principal × {@code ratePercent} for the days since it was
     * last brought up to date (or since due date + grace) is added to the exact basis, and the penalty due becomes
     * round(basis / 36500). Returns what this call added (zero when nothing accrued). Not overdue: nothing.
     */
    Money accruePenalty(LocalDate through, int graceDays, BigDecimal ratePercent) {
        if (!isOverdueOn(through, graceDays)) {
            return Money.ZERO;
        }
        status = InstallmentStatus.OVERDUE;
        BigDecimal basis = basisThrough(through, graceDays, ratePercent);
        if (basis.compareTo(penaltyBasis) == 0) {
            return Money.ZERO;
        }
        penaltyBasis = basis;
        penaltyAccruedTo = through;
        Money total = penaltyFromBasis(basis);
        Money added = total.minus(penaltyDue);
        penaltyDue = total;
        return added;
    }

    /** What {@link #accruePenalty} would add, without changing anything (for quotes). */
    public Money penaltyToAccrue(LocalDate through, int graceDays, BigDecimal ratePercent) {
        if (!isOverdueOn(through, graceDays)) {
            return Money.ZERO;
        }
        return penaltyFromBasis(basisThrough(through, graceDays, ratePercent)).minus(penaltyDue);
    }

    private BigDecimal basisThrough(LocalDate through, int graceDays, BigDecimal ratePercent) {
        LocalDate from = penaltyAccruedTo != null ? penaltyAccruedTo : dueDate.plusDays(graceDays);
        long days = ChronoUnit.DAYS.between(from, through);
        if (days <= 0) {
            return penaltyBasis;
        }
        return penaltyBasis.add(unpaidPrincipal().amount().multiply(ratePercent).multiply(BigDecimal.valueOf(days)));
    }

    static Money penaltyFromBasis(BigDecimal basis) {
        return Money.of(basis.divide(BigDecimal.valueOf(36500), Money.SCALE, RoundingMode.HALF_UP));
    }

    /** Foreclosure: this instalment, not yet due, owes {@code stillOwed} interest beyond what it has paid already. */
    void owesInterest(Money stillOwed) {
        interestDue = interestPaid.plus(stillOwed);
    }

    /** Prepayment shortened the tenure: this untouched instalment is no longer owed. */
    void cancel() {
        if (!isUntouched()) {
            throw new IllegalStateException("only an untouched instalment can be cancelled");
        }
        principalDue = Money.ZERO;
        interestDue = Money.ZERO;
        status = InstallmentStatus.CANCELLED;
    }

    /** A rate change lengthened the schedule: this cancelled instalment is owed again, with a line's figures. */
    void reinstate(Money principal, Money interest) {
        if (status != InstallmentStatus.CANCELLED) {
            throw new IllegalStateException("only a cancelled instalment can be reinstated");
        }
        principalDue = principal;
        interestDue = interest;
        status = InstallmentStatus.PENDING;
    }

    void markOverdue() {
        if (!isSettled() && status != InstallmentStatus.CANCELLED) {
            status = InstallmentStatus.OVERDUE;
        }
    }

    private void refreshStatus(LocalDate on) {
        if (status == InstallmentStatus.CANCELLED) {
            return;
        }
        if (isSettled()) {
            status = InstallmentStatus.PAID;
            paidOn = on;
        } else if (status != InstallmentStatus.OVERDUE) {
            status = InstallmentStatus.PARTIALLY_PAID;
        }
    }

    public boolean isSettled() {
        return outstanding().isZero();
    }

    public Money outstanding() {
        return penaltyDue.minus(penaltyPaid).plus(interestDue.minus(interestPaid)).plus(principalDue.minus(principalPaid));
    }

    public Money unpaidPrincipal() {
        return principalDue.minus(principalPaid);
    }

    public Money unpaidInterest() {
        return interestDue.minus(interestPaid);
    }

    public Money unpaidPenalty() {
        return penaltyDue.minus(penaltyPaid);
    }

    public Money emi() {
        return principalDue.plus(interestDue);
    }

    public Long id() {
        return id;
    }

    public Loan loan() {
        return loan;
    }

    public int seqNo() {
        return seqNo;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Money principalDue() {
        return principalDue;
    }

    public Money interestDue() {
        return interestDue;
    }

    public Money penaltyDue() {
        return penaltyDue;
    }

    public Money principalPaid() {
        return principalPaid;
    }

    public Money interestPaid() {
        return interestPaid;
    }

    public Money penaltyPaid() {
        return penaltyPaid;
    }

    public InstallmentStatus status() {
        return status;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public LocalDate penaltyAccruedTo() {
        return penaltyAccruedTo;
    }

    public BigDecimal penaltyBasis() {
        return penaltyBasis;
    }
}
