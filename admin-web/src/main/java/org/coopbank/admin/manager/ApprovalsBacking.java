package org.coopbank.admin.manager;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.coopbank.account.AccountQueries;
import org.coopbank.account.AccountService;
import org.coopbank.account.ReversalRow;
import org.coopbank.account.WithdrawalApprovals;
import org.coopbank.account.WithdrawalRow;
import org.coopbank.admin.security.CurrentStaff;
import org.coopbank.customer.CustomerQueries;
import org.coopbank.customer.CustomerService;
import org.coopbank.customer.PendingCustomerRow;
import org.coopbank.loan.LoanDecisionRow;
import org.coopbank.loan.LoanQueries;
import org.coopbank.loan.LoanService;
import org.coopbank.loan.LoanStatus;
import org.coopbank.shared.IndianFormat;

/**
 * The manager's approval queues (KYC, loans, disbursements, reversals, withdrawals above the approval limit). A row's button only <em>reviews</em> a decision: the confirmation panel says what
 * will happen (for a disbursement: the amount and the account credited) and asks for a reason where one is needed;
 * {@link #confirm} makes the one service call. Maker ≠ checker and the state rules are the services' own: their
 * refusal is shown by the exception handler and nothing changes.
 */
@Named
@ViewScoped
public class ApprovalsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX = 200;

    /** What the manager is about to decide. */
    public enum Decision {
        APPROVE_CUSTOMER(false), REJECT_CUSTOMER(true), APPROVE_LOAN(false), REJECT_LOAN(true), DISBURSE_LOAN(false),
        APPROVE_REVERSAL(false), REJECT_REVERSAL(true), APPROVE_WITHDRAWAL(false), REJECT_WITHDRAWAL(true);

        private final boolean needsReason;

        Decision(boolean needsReason) {
            this.needsReason = needsReason;
        }
    }

    @Inject
    CustomerQueries customerQueries;

    @Inject
    LoanQueries loanQueries;

    @Inject
    AccountQueries accountQueries;

    @Inject
    CustomerService customers;

    @Inject
    LoanService loans;

    @Inject
    AccountService accounts;

    @Inject
    WithdrawalApprovals withdrawalApprovals;

    @Inject
    CurrentStaff current;

    private List<PendingCustomerRow> pendingCustomers;
    private List<LoanDecisionRow> appliedLoans;
    private List<LoanDecisionRow> approvedLoans;
    private List<ReversalRow> reversals;
    private List<WithdrawalRow> withdrawals;

    private Decision decision;
    private long targetId;
    private String confirmation;
    private String reason;

    @PostConstruct
    void load() {
        pendingCustomers = customerQueries.pendingApproval(MAX, current.actor());
        appliedLoans = loanQueries.awaiting(LoanStatus.APPLIED, MAX, current.actor());
        approvedLoans = loanQueries.awaiting(LoanStatus.APPROVED, MAX, current.actor());
        reversals = accountQueries.pendingReversals(MAX, current.actor());
        withdrawals = accountQueries.pendingWithdrawals(MAX, current.actor());
    }

    public void reviewCustomer(PendingCustomerRow c, boolean approve) {
        review(approve ? Decision.APPROVE_CUSTOMER : Decision.REJECT_CUSTOMER, c.id(),
                format(approve ? "approvals.confirmApproveCustomer" : "approvals.confirmRejectCustomer",
                        c.customerNumber(), c.fullName(), c.enteredByName()));
    }

    public void reviewLoan(LoanDecisionRow l, String what) {
        Decision d = Decision.valueOf(what);
        String key = switch (d) {
            case APPROVE_LOAN -> "approvals.confirmApproveLoan";
            case REJECT_LOAN -> "approvals.confirmRejectLoan";
            case DISBURSE_LOAN -> "approvals.confirmDisburse";
            default -> throw new IllegalArgumentException(what);
        };
        review(d, l.id(), format(key, l.loanNumber(), l.customerName(), IndianFormat.rupees(l.principal()),
                l.accountNumber(), IndianFormat.rupees(l.emi()), l.tenureMonths()));
    }

    public void reviewReversal(ReversalRow r, boolean approve) {
        String accountsText = String.join(", ", r.lines().stream().map(l -> l.accountNumber() + " ("
                + text("approvals.dir." + l.direction().name()) + ")").toList());
        review(approve ? Decision.APPROVE_REVERSAL : Decision.REJECT_REVERSAL, r.requestId(),
                format(approve ? "approvals.confirmApproveReversal" : "approvals.confirmRejectReversal",
                        String.valueOf(r.journalEntryId()), IndianFormat.rupees(r.amount()), accountsText, r.narration(),
                        r.requestedByName(), r.reason()));
    }

    public void reviewWithdrawal(WithdrawalRow w, boolean approve) {
        review(approve ? Decision.APPROVE_WITHDRAWAL : Decision.REJECT_WITHDRAWAL, w.id(), approve
                ? format("approvals.confirmApproveWithdrawal", String.valueOf(w.id()), IndianFormat.rupees(w.amount()),
                        w.accountNumber(), w.holderName(), IndianFormat.rupees(w.balanceNow()), w.requestedByName())
                : format("approvals.confirmRejectWithdrawal", String.valueOf(w.id()), IndianFormat.rupees(w.amount()),
                        w.accountNumber(), w.holderName(), w.requestedByName()));
    }

    private void review(Decision d, long id, String sentence) {
        decision = d;
        targetId = id;
        confirmation = sentence;
        reason = null;
    }

    public void cancel() {
        decision = null;
        confirmation = null;
        reason = null;
    }

    /** The one service call; the review state is cleared first, so a refusal leaves the queues as they were. */
    public void confirm() {
        Decision d = decision;
        String why = reason;
        cancel();
        if (d == null) {
            return;
        }
        String done = switch (d) {
            case APPROVE_CUSTOMER -> format("approvals.doneApproveCustomer",
                    customers.approve(targetId, current.actor()).customerNumber());
            case REJECT_CUSTOMER -> format("approvals.doneRejectCustomer",
                    customers.reject(targetId, why, current.actor()).customerNumber());
            case APPROVE_LOAN -> format("approvals.doneApproveLoan", loans.approve(targetId, current.actor()).loanNumber());
            case REJECT_LOAN -> format("approvals.doneRejectLoan", loans.reject(targetId, why, current.actor()).loanNumber());
            case DISBURSE_LOAN -> format("approvals.doneDisburse", loans.disburse(targetId, current.actor()).loanNumber());
            case APPROVE_REVERSAL -> format("approvals.doneApproveReversal", String.valueOf(targetId),
                    String.valueOf(accounts.approveReversal(targetId, current.actor()).id()));
            case REJECT_REVERSAL -> format("approvals.doneRejectReversal",
                    String.valueOf(accounts.rejectReversal(targetId, why, current.actor()).id()));
            case APPROVE_WITHDRAWAL -> format("approvals.doneApproveWithdrawal", String.valueOf(targetId),
                    String.valueOf(withdrawalApprovals.approve(targetId, current.actor()).journalEntry().id()));
            case REJECT_WITHDRAWAL -> format("approvals.doneRejectWithdrawal",
                    String.valueOf(withdrawalApprovals.reject(targetId, why, current.actor()).id()));
        };
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
        load();
    }

    private static String format(String key, Object... args) {
        return MessageFormat.format(text(key), args);
    }

    private static String text(String key) {
        FacesContext f = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle("org.coopbank.admin.i18n.Messages", f.getViewRoot().getLocale()).getString(key);
    }

    public boolean isReviewing() {
        return decision != null;
    }

    public boolean isNeedsReason() {
        return decision != null && decision.needsReason;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<PendingCustomerRow> getPendingCustomers() {
        return pendingCustomers;
    }

    public List<LoanDecisionRow> getAppliedLoans() {
        return appliedLoans;
    }

    public List<LoanDecisionRow> getApprovedLoans() {
        return approvedLoans;
    }

    public List<ReversalRow> getReversals() {
        return reversals;
    }

    public List<WithdrawalRow> getWithdrawals() {
        return withdrawals;
    }
}
