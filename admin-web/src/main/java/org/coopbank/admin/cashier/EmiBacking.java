package org.coopbank.admin.cashier;

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
import org.coopbank.loan.Allocation;
import org.coopbank.loan.ForeclosureQuote;
import org.coopbank.loan.InstallmentRow;
import org.coopbank.loan.LoanQueries;
import org.coopbank.loan.LoanRepayment;
import org.coopbank.loan.LoanService;
import org.coopbank.loan.LoanSummary;
import org.coopbank.loan.RepaymentChannel;
import org.coopbank.shared.IndianFormat;
import org.coopbank.shared.Money;

/**
 * EMI collection at the counter: find the loan, see what is due and the schedule, enter the amount, see how it will be
 * allocated (the service's own allocation, nothing posted), confirm; or see the foreclosure quote and confirm it.
 */
@Named
@ViewScoped
public class EmiBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LoanQueries queries;

    @Inject
    LoanService loans;

    @Inject
    CurrentStaff current;

    private String loanNumber;
    private LoanSummary loan;
    private List<InstallmentRow> schedule;
    private Money payable;
    private ForeclosureQuote quote;
    private BigDecimal amount;
    private Allocation allocation;
    private boolean foreclosing;
    private Long receiptEntry;

    public void find() {
        loan = queries.byNumber(loanNumber == null ? "" : loanNumber.trim()).orElse(null);
        reset();
        if (loan == null) {
            message(FacesMessage.SEVERITY_ERROR, text("emi.noLoan"));
            return;
        }
        refresh();
    }

    private void refresh() {
        schedule = queries.schedule(loan.id());
        loan = queries.byNumber(loan.loanNumber()).orElse(loan);
        if (loan.status() == org.coopbank.loan.LoanStatus.DISBURSED) {
            payable = loans.payableToday(loan.id(), current.actor());
            quote = loans.foreclosureQuote(loan.id(), current.actor());
        } else {
            payable = Money.ZERO;
            quote = null;
        }
    }

    private void reset() {
        allocation = null;
        foreclosing = false;
        amount = null;
    }

    /** Pre-fills what is payable now (overdue amounts and the next instalment). */
    public void payAll() {
        amount = payable.amount();
    }

    public void review() {
        allocation = loans.previewRepayment(loan.id(), amount, current.actor());
        foreclosing = false;
    }

    public void reviewForeclosure() {
        quote = loans.foreclosureQuote(loan.id(), current.actor());
        foreclosing = true;
        allocation = null;
    }

    public void cancel() {
        reset();
    }

    public void confirm() {
        LoanRepayment r = foreclosing
                ? loans.foreclose(loan.id(), RepaymentChannel.CASH, null, current.actor())
                : loans.repay(loan.id(), amount, RepaymentChannel.CASH, null, current.actor());
        receiptEntry = r.journalEntry().id();
        message(FacesMessage.SEVERITY_INFO, MessageFormat.format(text("emi.done"), IndianFormat.rupees(r.amount()),
                loan.loanNumber(), receiptEntry));
        reset();
        refresh();
    }

    private static String text(String key) {
        FacesContext f = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle("org.coopbank.admin.i18n.Messages", f.getViewRoot().getLocale()).getString(key);
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public String getLoanNumber() {
        return loanNumber;
    }

    public void setLoanNumber(String loanNumber) {
        this.loanNumber = loanNumber;
    }

    public LoanSummary getLoan() {
        return loan;
    }

    public List<InstallmentRow> getSchedule() {
        return schedule;
    }

    public Money getPayable() {
        return payable;
    }

    public ForeclosureQuote getQuote() {
        return quote;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public Allocation getAllocation() {
        return allocation;
    }

    public boolean isForeclosing() {
        return foreclosing;
    }

    public Long getReceiptEntry() {
        return receiptEntry;
    }
}
