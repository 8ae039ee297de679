package org.coopbank.portal.payment;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.coopbank.account.AccountStatus;
import org.coopbank.payment.PaymentGateways;
import org.coopbank.payment.PaymentService;
import org.coopbank.portal.security.CurrentCustomer;
import org.coopbank.selfservice.MyAccount;
import org.coopbank.selfservice.SelfService;

/**
 * "Deposit" on {@code /portal/account-deposit}: money into one of the customer's own active accounts through the
 * checkout. {@code ?account={id}} only preselects, and only one of the customer's own accounts (the list comes from the
 * self-service façade; the payment service checks ownership again).
 */
@Named
@ViewScoped
public class DepositMoneyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SelfService self;

    @Inject
    transient PaymentService payments;

    @Inject
    transient PaymentGateways gateways;

    @Inject
    transient CurrentCustomer me;

    private List<MyAccount> accounts;
    private Long accountId;
    private BigDecimal amount;

    @PostConstruct
    void load() {
        accounts = self.accounts(me.actor()).stream().filter(a -> a.status() == AccountStatus.ACTIVE).toList();
        String wanted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("account");
        accounts.stream().filter(a -> String.valueOf(a.id()).equals(wanted)).findFirst()
                .ifPresent(a -> accountId = a.id());
        if (accountId == null && accounts.size() == 1) {
            accountId = accounts.get(0).id();
        }
    }

    public String pay() {
        long id = payments.deposit(me.actor(), accountId, amount).paymentId();
        return "/portal/checkout?faces-redirect=true&payment=" + id;
    }

    public boolean isAvailable() {
        return !accounts.isEmpty();
    }

    public List<MyAccount> getAccounts() {
        return accounts;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
