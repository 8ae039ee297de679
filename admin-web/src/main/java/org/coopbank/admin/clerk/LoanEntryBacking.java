package org.coopbank.admin.clerk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import org.coopbank.loan.EmiCalculator;
import org.coopbank.loan.Loan;
import org.coopbank.loan.LoanService;
import org.coopbank.shared.IndianFormat;
import org.coopbank.shared.Money;

/**
 * A loan application: the clerk enters it, previews the EMI schedule {@link LoanService#preview} computes (EMI,
 * total interest, every instalment), then submits it for a manager's approval. Refusals (too small for the tenure,
 * the bank's limits) come from the service and are shown beside the field they name.
 */
@Named
@ViewScoped
public class LoanEntryBacking extends CustomerTask {

    private static final long serialVersionUID = 1L;

    @Inject
    LoanService loans;

    private Long accountId;
    private BigDecimal principal;
    private BigDecimal annualRate;
    private Integer tenureMonths;
    private String purpose;
    private boolean payoutToExternal;
    private boolean floatingRate;
    private List<EmiCalculator.Line> schedule;

    public void preview() {
        schedule = loans.preview(principal, annualRate, tenureMonths == null ? 0 : tenureMonths);
    }

    public void change() {
        schedule = null;
    }

    public String submit() {
        Loan loan = loans.apply(new LoanService.Application(getCustomerId(), accountId, principal, annualRate,
                tenureMonths == null ? 0 : tenureMonths, purpose, floatingRate, payoutToExternal), current.actor());
        return ClerkPages.toCustomer(getCustomerId(), ClerkPages.text("loanEntry.done", loan.loanNumber(),
                IndianFormat.rupees(loan.principal())));
    }

    /** A floating rate: a manager may change it while the loan runs (the EMI or the tenure moves, as chosen then). */
    public boolean isFloatingRate() {
        return floatingRate;
    }

    public void setFloatingRate(boolean floatingRate) {
        this.floatingRate = floatingRate;
    }

    public boolean isPayoutToExternal() {
        return payoutToExternal;
    }

    public void setPayoutToExternal(boolean payoutToExternal) {
        this.payoutToExternal = payoutToExternal;
    }

    public boolean isPreviewed() {
        return schedule != null;
    }

    /** The monthly instalment: the first line of the schedule (the last one absorbs the rounding). */
    public Money getEmi() {
        return schedule == null || schedule.isEmpty() ? null : schedule.get(0).total();
    }

    public Money getTotalInterest() {
        return schedule == null ? null : schedule.stream().map(EmiCalculator.Line::interest).reduce(Money.ZERO, Money::plus);
    }

    public Money getTotalPayable() {
        return schedule == null ? null : schedule.stream().map(EmiCalculator.Line::total).reduce(Money.ZERO, Money::plus);
    }

    public String getAccountLabel() {
        var a = account(accountId);
        return a == null ? "" : a.accountNumber() + " · " + a.type();
    }

    public List<EmiCalculator.Line> getSchedule() {
        return schedule;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public BigDecimal getPrincipal() {
        return principal;
    }

    public void setPrincipal(BigDecimal principal) {
        this.principal = principal;
    }

    public BigDecimal getAnnualRate() {
        return annualRate;
    }

    public void setAnnualRate(BigDecimal annualRate) {
        this.annualRate = annualRate;
    }

    public Integer getTenureMonths() {
        return tenureMonths;
    }

    public void setTenureMonths(Integer tenureMonths) {
        this.tenureMonths = tenureMonths;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}
