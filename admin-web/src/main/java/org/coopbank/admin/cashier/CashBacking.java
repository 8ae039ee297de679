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
import jakarta.annotation.PostConstruct;
import org.coopbank.account.AccountQueries;
import org.coopbank.account.AccountRow;
import org.coopbank.account.AccountService;
import org.coopbank.account.AccountTransaction;
import org.coopbank.account.CounterWithdrawal;
import org.coopbank.account.WithdrawalApprovals;
import org.coopbank.account.WithdrawalRow;
import org.coopbank.admin.security.CurrentStaff;
import org.coopbank.shared.IndianFormat;
import org.coopbank.shared.Money;
import org.coopbank.settings.SettingsService;

/**
 * Counter cash: find the account, enter the amount, review what will happen, confirm. Money moves only on confirm,
 * through {@link AccountService}; a refusal (insufficient funds, frozen account) is shown and nothing changes. A
 * withdrawal above the approval limit is not posted: {@link WithdrawalApprovals} files it for a manager, the page says
 * so, and the cashier's requests are listed with their status (a receipt once approved, cancel while pending).
 */
@Named
@ViewScoped
public class CashBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Kind { DEPOSIT, WITHDRAW }

    @Inject
    AccountQueries queries;

    @Inject
    AccountService accounts;

    @Inject
    WithdrawalApprovals withdrawals;

    @Inject
    SettingsService settings;

    @Inject
    CurrentStaff current;

    private static final int MY_REQUESTS = 20;

    private String accountNumber;
    private AccountRow account;
    private Kind kind = Kind.DEPOSIT;
    private BigDecimal amount;
    private String narration;
    private boolean reviewing;
    private String done;
    private Long receiptEntry;
    private List<WithdrawalRow> myRequests;
    private Money approvalLimit;

    @PostConstruct
    void loadRequests() {
        myRequests = queries.myWithdrawals(MY_REQUESTS, current.actor());
    }

    public void find() {
        account = queries.byNumber(accountNumber == null ? "" : accountNumber.trim()).orElse(null);
        reviewing = false;
        done = null;
        if (account == null) {
            message(FacesMessage.SEVERITY_ERROR, text("cash.noAccount"));
        }
    }

    /** Shows what confirming will do; nothing is posted yet. */
    public void review() {
        if (account == null || amount == null) {
            return;
        }
        if (amount.signum() <= 0) {
            message(FacesMessage.SEVERITY_ERROR, text("cash.positive"));
        } else if (kind == Kind.WITHDRAW && Money.of(amount).isGreaterThan(account.balance())) {
            message(FacesMessage.SEVERITY_ERROR, MessageFormat.format(text("cash.overBalance"),
                    IndianFormat.rupees(account.balance())));
        } else {
            approvalLimit = settings.withdrawalApprovalLimit();
            reviewing = true;
        }
    }

    public void cancel() {
        reviewing = false;
    }

    public void confirm() {
        String what;
        if (kind == Kind.DEPOSIT) {
            AccountTransaction t = accounts.deposit(account.id(), amount, narration, current.actor());
            receiptEntry = t.journalEntry().id();
            done = MessageFormat.format(text("cash.done"), text("cash.deposit"), IndianFormat.rupees(t.amount()),
                    IndianFormat.rupees(t.balanceAfter()), String.valueOf(receiptEntry));
            message(FacesMessage.SEVERITY_INFO, done);
        } else {
            CounterWithdrawal w = withdrawals.withdraw(account.id(), amount, narration, current.actor());
            if (w.pending()) {
                receiptEntry = null;
                done = MessageFormat.format(text("cash.sentForApproval"), IndianFormat.rupees(w.amount()),
                        account.accountNumber(), IndianFormat.rupees(w.limit()), String.valueOf(w.requestId()));
                message(FacesMessage.SEVERITY_WARN, done);
            } else {
                receiptEntry = w.journalEntryId();
                done = MessageFormat.format(text("cash.done"), text("cash.withdraw"), IndianFormat.rupees(w.amount()),
                        IndianFormat.rupees(w.balanceAfter()), String.valueOf(receiptEntry));
                message(FacesMessage.SEVERITY_INFO, done);
            }
        }
        account = queries.byNumber(account.accountNumber()).orElse(account);
        reviewing = false;
        amount = null;
        narration = null;
        loadRequests();
    }

    /** The cashier withdraws their own pending request (the service checks that it is theirs and still pending). */
    public void cancelRequest(WithdrawalRow r) {
        withdrawals.cancel(r.id(), current.actor());
        message(FacesMessage.SEVERITY_INFO, MessageFormat.format(text("cash.requestCancelled"), String.valueOf(r.id())));
        loadRequests();
    }

    /** Reloads the cashier's requests and the account shown (an approval has changed its balance). */
    public void refreshRequests() {
        loadRequests();
        if (account != null && !reviewing) {
            account = queries.byNumber(account.accountNumber()).orElse(account);
        }
    }

    /**
     * True while reviewing a withdrawal above the approval limit (read at the review): the page says confirming files
     * it for a manager. The service decides again on confirm.
     */
    public boolean isNeedsApproval() {
        return reviewing && kind == Kind.WITHDRAW && amount != null && approvalLimit != null
                && Money.of(amount).isGreaterThan(approvalLimit);
    }

    public String getApprovalNote() {
        return approvalLimit == null ? "" : MessageFormat.format(text("cash.needsApproval"), IndianFormat.rupees(approvalLimit));
    }

    public List<WithdrawalRow> getMyRequests() {
        return myRequests;
    }

    /** The confirmation sentence: what will move, and the balance afterwards. */
    public String getConfirmation() {
        if (account == null || amount == null) {
            return "";
        }
        Money m = Money.of(amount);
        Money after = kind == Kind.DEPOSIT ? account.balance().plus(m) : account.balance().minus(m);
        if (isNeedsApproval()) {
            return MessageFormat.format(text("cash.confirmWithdrawApproval"), IndianFormat.rupees(m),
                    account.accountNumber(), account.holderName());
        }
        return MessageFormat.format(text(kind == Kind.DEPOSIT ? "cash.confirmDeposit" : "cash.confirmWithdraw"),
                IndianFormat.rupees(m), account.accountNumber(), account.holderName(), IndianFormat.rupees(after));
    }

    private static String text(String key) {
        FacesContext f = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle("org.coopbank.admin.i18n.Messages", f.getViewRoot().getLocale()).getString(key);
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public Kind[] getKinds() {
        return Kind.values();
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public void setAccountNumber(String accountNumber) {
        this.accountNumber = accountNumber;
    }

    public AccountRow getAccount() {
        return account;
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getNarration() {
        return narration;
    }

    public void setNarration(String narration) {
        this.narration = narration;
    }

    public boolean isReviewing() {
        return reviewing;
    }

    public Long getReceiptEntry() {
        return receiptEntry;
    }

    public String getDone() {
        return done;
    }
}
