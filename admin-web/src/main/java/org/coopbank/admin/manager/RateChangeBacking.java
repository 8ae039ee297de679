package org.coopbank.admin.manager;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.coopbank.admin.security.CurrentStaff;
import org.coopbank.loan.FloatingLoanRow;
import org.coopbank.loan.RateChangeOption;
import org.coopbank.loan.RateChangePlan;
import org.coopbank.loan.RateChangeRow;
import org.coopbank.loan.RateChanges;

/**
 * The manager changes a running floating-rate loan's rate: find the loan, pick it, enter the new rate and what to keep
 * (the EMI or the tenure), review what will change ({@link RateChanges#preview}, nothing changed), confirm (the one
 * call to {@link RateChanges#change}). Below, the latest changes, pending until the nightly emi-schedule job applies
 * them. The rules (rate limit, floating and running, a different rate) are the service's; a refusal is shown beside
 * the field or as a message, and nothing changes.
 */
@Named
@ViewScoped
public class RateChangeBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX = 100;

    @Inject
    RateChanges rateChanges;

    @Inject
    CurrentStaff current;

    private String query;
    private List<FloatingLoanRow> loans;
    private List<RateChangeRow> changes;
    private FloatingLoanRow selected;
    private BigDecimal annualRate;
    private RateChangeOption keep;
    private RateChangePlan plan;

    @PostConstruct
    void load() {
        loans = rateChanges.runningFloating(query, MAX, current.actor());
        changes = rateChanges.recent(MAX, current.actor());
    }

    public void search() {
        selected = null;
        plan = null;
        load();
    }

    public void select(FloatingLoanRow row) {
        selected = row;
        annualRate = null;
        keep = null;
        plan = null;
    }

    /** Asks the service what the change would do; a refusal leaves the form as it was, with the message. */
    public void review() {
        plan = null;
        if (selected != null) {
            plan = rateChanges.preview(selected.id(), annualRate, keep, current.actor());
        }
    }

    public void cancel() {
        plan = null;
    }

    public void close() {
        selected = null;
        plan = null;
    }

    /** The one service call; the review is cleared first, so a refusal leaves the screen as it was. */
    public void confirm() {
        RateChangePlan p = plan;
        FloatingLoanRow loan = selected;
        plan = null;
        if (p == null || loan == null) {
            return;
        }
        rateChanges.change(loan.id(), p.newRate(), p.keep(), current.actor());
        selected = null;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                format("rateChange.done", loan.loanNumber(), rate(p.newRate())), null));
        load();
    }

    /** What confirming will do, in one sentence (the figures as the schedule stands now). */
    public String getConfirmation() {
        if (plan == null || selected == null) {
            return "";
        }
        String what;
        if (plan.rebuilt() == 0) {
            what = format("rateChange.confirmNothingToRebuild");
        } else if (plan.keep() == RateChangeOption.KEEP_EMI) {
            what = format("rateChange.confirmKeepEmi", org.coopbank.shared.IndianFormat.rupees(plan.emiBefore()),
                    plan.instalmentsLeftBefore(), plan.instalmentsLeftAfter(), plan.lastDueAfter(),
                    org.coopbank.shared.IndianFormat.rupees(plan.lastInstalmentAfter()));
        } else {
            what = format("rateChange.confirmKeepTenure", plan.instalmentsLeftAfter(),
                    org.coopbank.shared.IndianFormat.rupees(plan.emiBefore()),
                    org.coopbank.shared.IndianFormat.rupees(plan.emiAfter()), plan.firstRebuiltDue());
        }
        return format("rateChange.confirm", selected.loanNumber(), selected.customerName(), rate(plan.oldRate()),
                rate(plan.newRate())) + " " + what + " " + format("rateChange.confirmJob");
    }

    private static String rate(BigDecimal r) {
        return r.stripTrailingZeros().toPlainString();
    }

    private static String format(String key, Object... args) {
        FacesContext f = FacesContext.getCurrentInstance();
        return MessageFormat.format(ResourceBundle.getBundle("org.coopbank.admin.i18n.Messages",
                f.getViewRoot().getLocale()).getString(key), args);
    }

    public RateChangeOption[] getOptions() {
        return RateChangeOption.values();
    }

    public boolean isReviewing() {
        return plan != null;
    }

    public RateChangePlan getPlan() {
        return plan;
    }

    public FloatingLoanRow getSelected() {
        return selected;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public BigDecimal getAnnualRate() {
        return annualRate;
    }

    public void setAnnualRate(BigDecimal annualRate) {
        this.annualRate = annualRate;
    }

    public RateChangeOption getKeep() {
        return keep;
    }

    public void setKeep(RateChangeOption keep) {
        this.keep = keep;
    }

    public List<FloatingLoanRow> getLoans() {
        return loans;
    }

    public List<RateChangeRow> getChanges() {
        return changes;
    }
}
