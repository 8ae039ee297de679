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
import java.util.Collection;
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

    /** A floating-rate loan's rate may be changed while it runs ({@link #changeRate}). */
    @Column(name = "floating_rate", nullable = false)
    private boolean floatingRate;

    /** Disbursed by payout to the customer's bank account elsewhere (the one linked for payouts), not to {@link #account}. */
    @Column(name = "payout_to_external", nullable = false)
    private boolean payoutToExternal;

    @OneToMany(mappedBy = "loan", cascade = CascadeType.PERSIST)
    @OrderBy("seqNo")
    private List<LoanInstallment> installments = new ArrayList<>();

    @Version
    private long version;

    protected Loan() {
    }

    Loan(long serial, Customer customer, BankAccount account, Money principal, BigDecimal annualRate, int tenureMonths,
         String purpose, LocalDate appliedOn, String appliedBy, boolean floatingRate, boolean payoutToExternal) {
        this.floatingRate = floatingRate;
        this.payoutToExternal = payoutToExternal;
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

    /** The latest instalment due date on or before {@code on}, or the disbursement date: where interest last fell due. */
    LocalDate lastDueDateOnOrBefore(LocalDate on) {
        LocalDate last = disbursedOn;
        for (LoanInstallment i : installments) {
            if (i.status() != InstallmentStatus.CANCELLED && !i.dueDate().isAfter(on) && i.dueDate().isAfter(last)) {
                last = i.dueDate();
            }
        }
        return last;
    }

    /**
     * Whether an instalment's penal interest was brought up to {@code date} or later already (by a repayment that day,
     * or by the nightly charge for that date): the nightly job looks such a loan up before charging it again.
     */
    public boolean penaltyAccruedOnOrAfter(LocalDate date) {
        return penaltyAccruedOnOrAfter(installments, date);
    }

    /** {@link #penaltyAccruedOnOrAfter(LocalDate)} over some instalments (of one loan). */
    static boolean penaltyAccruedOnOrAfter(Collection<LoanInstallment> some, LocalDate date) {
        return some.stream().anyMatch(i -> i.penaltyAccruedTo() != null && !i.penaltyAccruedTo().isBefore(date));
    }

    /** Brings penal interest of every overdue instalment up to {@code on}; returns what was added. */
    Money accruePenalties(LocalDate on, int graceDays, BigDecimal penalRatePercent) {
        return accruePenalties(installments, on, graceDays, penalRatePercent);
    }

    /**
     * The same for some of this loan's instalments: the nightly job loads only those that can accrue (unsettled, not
     * cancelled, due before the grace cutoff), as the others add nothing ({@link LoanInstallment#accruePenalty}).
     */
    Money accruePenalties(Collection<LoanInstallment> some, LocalDate on, int graceDays, BigDecimal penalRatePercent) {
        Money added = Money.ZERO;
        for (LoanInstallment i : some) {
            if (!i.loan().id().equals(id)) {
                throw new IllegalArgumentException("Instalment " + i.id() + " is not of loan " + id);
            }
            added = added.plus(i.accruePenalty(on, graceDays, penalRatePercent));
        }
        return added;
    }

    /**
     * What closing the loan on {@code on} costs: unpaid penalty (brought up to {@code on}), interest and principal of
     * instalments already due, the principal not yet due, interest on that principal from the last due date to
     * {@code on} on actual days / 365 (less interest already paid ahead on instalments not yet due), and the
     * foreclosure charge ({@code chargePercent} of all outstanding principal). Changes nothing.
     */
    public ForeclosureQuote foreclosureQuote(LocalDate on, int graceDays, BigDecimal penalRatePercent,
                                             BigDecimal chargePercent) {
        require(LoanStatus.DISBURSED, "foreclose");
        Money penalty = Money.ZERO;
        Money interestDue = Money.ZERO;
        Money principalDue = Money.ZERO;
        Money principalNotDue = Money.ZERO;
        Money interestPaidAhead = Money.ZERO;
        for (LoanInstallment i : installments) {
            penalty = penalty.plus(i.unpaidPenalty()).plus(i.penaltyToAccrue(on, graceDays, penalRatePercent));
            if (i.dueDate().isAfter(on)) {
                principalNotDue = principalNotDue.plus(i.unpaidPrincipal());
                interestPaidAhead = interestPaidAhead.plus(i.interestPaid());
            } else {
                interestDue = interestDue.plus(i.unpaidInterest());
                principalDue = principalDue.plus(i.unpaidPrincipal());
            }
        }
        LocalDate from = lastDueDateOnOrBefore(on);
        Money broken = DayCount.interest(principalNotDue, annualRate, from, on).minus(interestPaidAhead).max(Money.ZERO);
        Money charge = DayCount.percentOf(outstandingPrincipal, chargePercent);
        return new ForeclosureQuote(on, principalDue, interestDue, penalty, principalNotDue, from, broken, charge);
    }

    /**
     * Closes the loan as {@code quote} (made by {@link #foreclosureQuote} on the same date, after penalties were brought
     * up to date): instalments not yet due owe only the broken period's interest, then everything is allocated.
     */
    Allocation foreclose(ForeclosureQuote quote) {
        require(LoanStatus.DISBURSED, "foreclose");
        boolean first = true;
        for (LoanInstallment i : installments) {
            if (i.dueDate().isAfter(quote.on()) && !i.isSettled()) {
                i.owesInterest(first ? quote.brokenPeriodInterest() : Money.ZERO);
                first = false;
            }
        }
        Money owed = Money.ZERO;
        for (LoanInstallment i : installments) {
            owed = owed.plus(i.outstanding());
        }
        return allocate(owed, quote.on()).withFee(quote.charge());
    }

    /**
     * Plans a declared prepayment of {@code amount} on {@code on} without changing anything: the broken-period
     * interest on the old balance from the last due date to {@code on} is taken first, the rest reduces principal,
     * and the remaining instalments are recomputed (lower EMI, or same EMI and fewer instalments). Refused while
     * anything is due, while an instalment is part-paid, or when it would repay all principal (a foreclosure).
     */
    public PrepaymentPlan planPrepayment(Money amount, LocalDate on, PrepaymentOption option) {
        require(LoanStatus.DISBURSED, "prepay");
        List<LoanInstallment> remaining = remainingForPrepayment(on);
        LocalDate from = lastDueDateOnOrBefore(on);
        Money broken = DayCount.interest(outstandingPrincipal, annualRate, from, on);
        if (!amount.isGreaterThan(broken)) {
            throw new InvalidAmountException("Loan " + loanNumber + ": a prepayment must be more than the " + broken
                    + " interest due for the days since " + from);
        }
        Money toPrincipal = amount.minus(broken);
        if (!toPrincipal.isLessThan(outstandingPrincipal)) {
            throw new InvalidAmountException("Loan " + loanNumber + ": a prepayment of " + amount
                    + " would repay all principal " + outstandingPrincipal + "; foreclose the loan instead");
        }
        Money balance = outstandingPrincipal.minus(toPrincipal);
        List<LocalDate> dates = remaining.stream().map(LoanInstallment::dueDate).toList();
        Money firstInterest = DayCount.interest(balance, annualRate, on, dates.get(0));
        List<EmiCalculator.Line> lines = EmiCalculator.reschedule(remaining.get(0).seqNo(), balance, annualRate, dates,
                emiAmount, firstInterest, option == PrepaymentOption.REDUCE_EMI);
        Money interestBefore = remaining.stream().map(LoanInstallment::unpaidInterest).reduce(Money.ZERO, Money::plus);
        Money interestAfter = lines.stream().map(EmiCalculator.Line::interest).reduce(broken, Money::plus);
        Money newEmi = option == PrepaymentOption.REDUCE_EMI
                ? EmiCalculator.emi(balance, annualRate, dates.size()) : emiAmount;
        return new PrepaymentPlan(option, amount, from, broken, toPrincipal, balance, emiAmount, newEmi,
                remaining.size(), lines.size(), lines.get(lines.size() - 1).dueDate(),
                interestBefore.minus(interestAfter), lines);
    }

    /** Carries out {@code plan} (made by {@link #planPrepayment} on this loan, in this transaction). */
    Allocation prepay(PrepaymentPlan plan) {
        List<LoanInstallment> remaining = installments.stream().filter(i -> !i.isSettled()).toList();
        outstandingPrincipal = plan.newBalance();
        for (int k = 0; k < remaining.size(); k++) {
            if (k < plan.lines().size()) {
                remaining.get(k).reschedule(plan.lines().get(k).principal(), plan.lines().get(k).interest());
            } else {
                remaining.get(k).cancel();
            }
        }
        emiAmount = plan.newEmi();
        return new Allocation(Money.ZERO, plan.brokenPeriodInterest(), plan.principalReduction());
    }

    /** A manager's change of a running floating-rate loan's rate; the schedule is rebuilt later ({@link #rebuildSchedule}). */
    void changeRate(BigDecimal newRate) {
        requireRateChange(newRate);
        annualRate = newRate;
    }

    private void requireRateChange(BigDecimal newRate) {
        require(LoanStatus.DISBURSED, "change the rate of");
        if (!floatingRate) {
            throw new InvalidStateException("Loan " + loanNumber + " is a fixed-rate loan: its rate cannot change");
        }
        if (newRate.compareTo(annualRate) == 0) {
            throw new InvalidStateException("Loan " + loanNumber + " already runs at " + annualRate.stripTrailingZeros()
                    .toPlainString() + " %");
        }
    }

    /**
     * What changing the rate to {@code newRate} effective {@code effectiveOn} would do to the schedule as it stands
     * ({@link #rebuildSchedule}'s rule and refusals, at the new rate); changes nothing. The manager's review step.
     */
    public RateChangePlan planRateChange(LocalDate effectiveOn, BigDecimal newRate, RateChangeOption keep) {
        requireRateChange(newRate);
        List<LoanInstallment> tail = rebuildableTail(effectiveOn);
        long live = installments.stream().filter(i -> i.status() != InstallmentStatus.CANCELLED).count();
        long left = installments.stream().filter(i -> i.status() != InstallmentStatus.CANCELLED && !i.isSettled()).count();
        if (tail.isEmpty()) {
            return new RateChangePlan(keep, annualRate, newRate, emiAmount, emiAmount, left, left, 0, null, null, null);
        }
        List<EmiCalculator.Line> lines = rescheduleLines(tail, newRate, keep);
        Money balance = tail.stream().map(LoanInstallment::unpaidPrincipal).reduce(Money.ZERO, Money::plus);
        Money newEmi = keep == RateChangeOption.KEEP_TENURE ? EmiCalculator.emi(balance, newRate, lines.size()) : emiAmount;
        long leftAfter = left - tail.size() + lines.size();
        return new RateChangePlan(keep, annualRate, newRate, emiAmount, newEmi, left, leftAfter, tail.size(),
                tail.get(0).dueDate(), lines.get(lines.size() - 1).dueDate(), lines.get(lines.size() - 1).total());
    }

    /** Disbursed with no instalments (e.g. loaded from elsewhere): the schedule by the EMI rule from disbursement. */
    boolean needsSchedule() {
        return status == LoanStatus.DISBURSED && installments.isEmpty();
    }

    /** Builds the missing schedule of {@link #needsSchedule} on the outstanding principal; answers the instalments. */
    List<LoanInstallment> buildMissingSchedule() {
        if (!needsSchedule()) {
            throw new InvalidStateException("Loan " + loanNumber + " has its schedule");
        }
        emiAmount = EmiCalculator.emi(outstandingPrincipal, annualRate, tenureMonths);
        for (EmiCalculator.Line line : EmiCalculator.schedule(outstandingPrincipal, annualRate, tenureMonths, disbursedOn)) {
            installments.add(new LoanInstallment(this, line));
        }
        return installments;
    }

    /**
     * Rebuilds the unpaid part of the schedule at the loan's (new) rate, effective from {@code effectiveOn}: the
     * instalments whose interest period (from the previous due date, or disbursement) starts on or after that date
     * and that nothing has been paid on are recomputed by the EMI rule ({@link EmiCalculator#reschedule}, the
     * prepayment's maths) on the principal they carry, so the outstanding principal does not move. Instalments paid,
     * part-paid or already running at the change keep their figures. {@code KEEP_TENURE}: same number of instalments,
     * new EMI. {@code KEEP_EMI}: same EMI, instalments dropped (cancelled) or added (at most to month 360) as the
     * principal needs; refused if the EMI would not cover a month's interest. Answers the new instalments (to persist).
     */
    List<LoanInstallment> rebuildSchedule(LocalDate effectiveOn, RateChangeOption keep) {
        require(LoanStatus.DISBURSED, "reschedule");
        List<LoanInstallment> tail = rebuildableTail(effectiveOn);
        if (tail.isEmpty()) {
            return List.of();
        }
        Money balance = tail.stream().map(LoanInstallment::unpaidPrincipal).reduce(Money.ZERO, Money::plus);
        List<EmiCalculator.Line> lines = rescheduleLines(tail, annualRate, keep);
        List<LoanInstallment> added = new ArrayList<>();
        List<LoanInstallment> cancelledAfter = installments.stream()
                .filter(i -> i.status() == InstallmentStatus.CANCELLED && i.seqNo() > tail.get(tail.size() - 1).seqNo())
                .toList();
        for (int k = 0; k < Math.max(lines.size(), tail.size()); k++) {
            if (k < tail.size() && k < lines.size()) {
                tail.get(k).reschedule(lines.get(k).principal(), lines.get(k).interest());
            } else if (k < tail.size()) {
                tail.get(k).cancel();
            } else {
                EmiCalculator.Line line = lines.get(k);
                int extra = k - tail.size();
                if (extra < cancelledAfter.size()) {
                    cancelledAfter.get(extra).reinstate(line.principal(), line.interest());
                } else {
                    LoanInstallment i = new LoanInstallment(this, line);
                    installments.add(i);
                    added.add(i);
                }
            }
        }
        if (keep == RateChangeOption.KEEP_TENURE) {
            emiAmount = EmiCalculator.emi(balance, annualRate, lines.size());
        }
        return added;
    }

    /**
     * The instalments a rate change effective {@code effectiveOn} rebuilds: the last run of live instalments whose
     * interest period (from the previous due date, or disbursement) starts on or after that date and that nothing has
     * been paid on.
     */
    private List<LoanInstallment> rebuildableTail(LocalDate effectiveOn) {
        List<LoanInstallment> live = installments.stream().filter(i -> i.status() != InstallmentStatus.CANCELLED).toList();
        int firstTail = live.size();
        LocalDate periodStart = disbursedOn;
        for (int k = 0; k < live.size(); k++) {
            LoanInstallment i = live.get(k);
            boolean rebuildable = !periodStart.isBefore(effectiveOn) && !i.isSettled() && i.isUntouched();
            if (!rebuildable) {
                firstTail = live.size();
            } else if (firstTail == live.size()) {
                firstTail = k;
            }
            periodStart = i.dueDate();
        }
        return live.subList(firstTail, live.size());
    }

    /** The tail's new lines at {@code rate} by the EMI rule, keeping the EMI (to month 360 at most) or the tenure. */
    private List<EmiCalculator.Line> rescheduleLines(List<LoanInstallment> tail, BigDecimal rate, RateChangeOption keep) {
        Money balance = tail.stream().map(LoanInstallment::unpaidPrincipal).reduce(Money.ZERO, Money::plus);
        int firstSeq = tail.get(0).seqNo();
        List<LocalDate> dates = new ArrayList<>();
        int lastSeq = keep == RateChangeOption.KEEP_TENURE ? tail.get(tail.size() - 1).seqNo() : 360;
        for (int seq = firstSeq; seq <= lastSeq; seq++) {
            dates.add(disbursedOn.plusMonths(seq));
        }
        List<EmiCalculator.Line> lines;
        try {
            lines = EmiCalculator.reschedule(firstSeq, balance, rate, dates, emiAmount, null,
                    keep == RateChangeOption.KEEP_TENURE);
        } catch (EmiCalculator.LoanTooSmallException e) {
            throw new InvalidStateException("Loan " + loanNumber + ": an EMI of " + emiAmount + " does not cover a"
                    + " month's interest at " + rate.stripTrailingZeros().toPlainString() + " %; keep the tenure instead");
        }
        EmiCalculator.Line last = lines.get(lines.size() - 1);
        if (keep == RateChangeOption.KEEP_EMI && lines.size() == dates.size() && last.total().isGreaterThan(emiAmount)) {
            throw new InvalidStateException("Loan " + loanNumber + ": keeping the EMI of " + emiAmount
                    + " would run past 360 months; keep the tenure instead");
        }
        return lines;
    }

    private List<LoanInstallment> remainingForPrepayment(LocalDate on) {
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
        if (remaining.isEmpty()) {
            throw new InvalidStateException("Loan " + loanNumber + " has no instalments left to prepay");
        }
        return remaining;
    }

    private void closeIfSettled(LocalDate on) {
        if (installments.stream().allMatch(LoanInstallment::isSettled)) {
            status = LoanStatus.CLOSED;
            closedOn = on;
        }
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

    public String appliedBy() {
        return appliedBy;
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

    public boolean floatingRate() {
        return floatingRate;
    }

    /** Whether the disbursement is to be paid out to the customer's linked bank account elsewhere. */
    public boolean payoutToExternal() {
        return payoutToExternal;
    }

    public List<LoanInstallment> installments() {
        return Collections.unmodifiableList(installments);
    }

    public Optional<LoanInstallment> nextDue() {
        return installments.stream().filter(i -> !i.isSettled()).findFirst();
    }
}
