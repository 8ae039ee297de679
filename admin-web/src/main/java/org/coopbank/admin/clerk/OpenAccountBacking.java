package org.coopbank.admin.clerk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coopbank.account.AccountService;
import org.coopbank.account.AccountType;
import org.coopbank.account.BankAccount;

/** Opening a savings or current account for a customer: choose the type, confirm, then {@link AccountService#open}. */
@Named
@ViewScoped
public class OpenAccountBacking extends CustomerTask {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private AccountType type = AccountType.SAVINGS;
    private boolean reviewing;

    public void review() {
        reviewing = getCustomer() != null && type != null;
    }

    public void cancel() {
        reviewing = false;
    }

    public String confirm() {
        BankAccount a = accounts.open(getCustomerId(), type, current.actor());
        return ClerkPages.toCustomer(getCustomerId(), ClerkPages.text("openAccount.done",
                ClerkPages.text("accountType." + a.type().name()), a.accountNumber()));
    }

    /** What confirming will do, in one sentence. */
    public String getConfirmation() {
        if (getCustomer() == null || type == null) {
            return "";
        }
        return ClerkPages.text("openAccount.confirmText", ClerkPages.text("accountType." + type.name()),
                getCustomer().customer().fullName(), getCustomer().customer().customerNumber(),
                getCustomer().customer().branchCode());
    }

    public AccountType[] getTypes() {
        return AccountType.values();
    }

    public AccountType getType() {
        return type;
    }

    public void setType(AccountType type) {
        this.type = type;
    }

    public boolean isReviewing() {
        return reviewing;
    }
}
