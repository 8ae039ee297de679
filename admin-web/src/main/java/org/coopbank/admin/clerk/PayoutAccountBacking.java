package org.coopbank.admin.clerk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.coopbank.payout.LinkedAccountRow;
import org.coopbank.payout.LinkedAccounts;
import org.coopbank.payout.LinkedBankAccount;

/**
 * The customer's bank account elsewhere, where payouts go: the clerk adds it (holder name, IFSC, account number; the
 * service checks them and puts each message beside its field) or removes the active one. Numbers shown masked.
 */
@Named
@ViewScoped
public class PayoutAccountBacking extends CustomerTask {

    private static final long serialVersionUID = 1L;

    @Inject
    LinkedAccounts linked;

    private String holderName;
    private String ifsc;
    private String accountNumber;

    public String add() {
        LinkedAccountRow r = linked.add(getCustomerId(), holderName, ifsc, accountNumber, current.actor());
        return done(ClerkPages.text("payoutAccount.added", r.maskedNumber(), r.ifsc()));
    }

    public String remove() {
        LinkedAccountRow active = getActive();
        if (active == null) {
            ClerkPages.error(ClerkPages.text("payoutAccount.noneActive"));
            return null;
        }
        LinkedAccountRow r = linked.remove(active.id(), current.actor());
        return done(ClerkPages.text("payoutAccount.removed", r.maskedNumber()));
    }

    private String done(String text) {
        ClerkPages.toCustomer(getCustomerId(), text);
        return "/clerk/payout-account?faces-redirect=true&customer=" + getCustomerId();
    }

    public List<LinkedAccountRow> getAccounts() {
        return getCustomerId() == null ? List.of() : linked.forCustomer(getCustomerId());
    }

    public LinkedAccountRow getActive() {
        return getAccounts().stream().filter(a -> a.status() == LinkedBankAccount.Status.ACTIVE).findFirst().orElse(null);
    }

    public String getHolderName() {
        return holderName;
    }

    public void setHolderName(String holderName) {
        this.holderName = holderName;
    }

    public String getIfsc() {
        return ifsc;
    }

    public void setIfsc(String ifsc) {
        this.ifsc = ifsc;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public void setAccountNumber(String accountNumber) {
        this.accountNumber = accountNumber;
    }
}
