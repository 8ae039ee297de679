package org.coopbank.admin.cashier;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.coopbank.account.AccountQueries;
import org.coopbank.account.AccountRow;
import org.coopbank.account.AccountService;
import org.coopbank.account.AccountTransaction;
import org.coopbank.admin.security.CurrentStaff;
import org.coopbank.shared.IndianFormat;
import org.coopbank.shared.Money;

/**
 * Counter cash: find the account, enter the amount, review what will happen, confirm. Money moves only on confirm,
 * through {@link AccountService}; a refusal (insufficient funds, frozen account) is shown and nothing changes.
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
    CurrentStaff current;

    private String accountNumber;
    private AccountRow account;
    private Kind kind = Kind.DEPOSIT;
    private BigDecimal amount;
    private String narration;
    private boolean reviewing;
    private String done;
    private Long receiptEntry;

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
            reviewing = true;
        }
    }

    public void cancel() {
        reviewing = false;
    }

    public void confirm() {
        AccountTransaction t = kind == Kind.DEPOSIT
                ? accounts.deposit(account.id(), amount, narration, current.actor())
                : accounts.withdraw(account.id(), amount, narration, current.actor());
        account = queries.byNumber(account.accountNumber()).orElse(account);
        receiptEntry = t.journalEntry().id();
        done = MessageFormat.format(text("cash.done"), text(kind == Kind.DEPOSIT ? "cash.deposit" : "cash.withdraw"),
                IndianFormat.rupees(t.amount()), IndianFormat.rupees(t.balanceAfter()), t.journalEntry().id());
        message(FacesMessage.SEVERITY_INFO, done);
        reviewing = false;
        amount = null;
        narration = null;
    }

    /** The confirmation sentence: what will move, and the balance afterwards. */
    public String getConfirmation() {
        if (account == null || amount == null) {
            return "";
        }
        Money m = Money.of(amount);
        Money after = kind == Kind.DEPOSIT ? account.balance().plus(m) : account.balance().minus(m);
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
