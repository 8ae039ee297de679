package org.coopbank.admin.clerk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import org.coopbank.deposit.DepositService;
import org.coopbank.deposit.FixedDeposit;
import org.coopbank.shared.IndianFormat;

/**
 * Opening a fixed deposit from a customer's account: the quote (rate, maturity date and amount) is shown first and
 * the money moves only on confirm, through {@link DepositService#openFromAccount}.
 */
@Named
@ViewScoped
public class FdOpenBacking extends CustomerTask {

    private static final long serialVersionUID = 1L;

    @Inject
    DepositService deposits;

    private Long accountId;
    private BigDecimal principal;
    private Integer tenureMonths;
    private boolean autoRenew;
    private boolean payoutToExternal;
    private DepositService.Quote quote;

    public void quote() {
        quote = deposits.quote(principal, tenureMonths == null ? 0 : tenureMonths);
    }

    public void change() {
        quote = null;
    }

    public String confirm() {
        FixedDeposit fd = deposits.openFromAccount(accountId, principal, tenureMonths == null ? 0 : tenureMonths,
                autoRenew, payoutToExternal, current.actor());
        return ClerkPages.toCustomer(getCustomerId(), ClerkPages.text("fdOpen.done", fd.fdNumber(),
                IndianFormat.rupees(fd.principal()), fd.maturityDate(), IndianFormat.rupees(fd.maturityAmount())));
    }

    /** What confirming will do: the debit from the account and what the customer gets back on maturity. */
    public String getConfirmation() {
        var a = account(accountId);
        if (quote == null || a == null) {
            return "";
        }
        return ClerkPages.text("fdOpen.confirmText", IndianFormat.rupees(quote.principal()), a.accountNumber(),
                IndianFormat.rupees(a.balance()));
    }

    public DepositService.Quote getQuote() {
        return quote;
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

    /** Renew on maturity for the same tenure at the card's rate then, instead of paying to the account. */
    public boolean isAutoRenew() {
        return autoRenew;
    }

    public void setAutoRenew(boolean autoRenew) {
        this.autoRenew = autoRenew;
    }

    /** On maturity, pay out to the customer's bank account elsewhere (the one linked for payouts then). */
    public boolean isPayoutToExternal() {
        return payoutToExternal;
    }

    public void setPayoutToExternal(boolean payoutToExternal) {
        this.payoutToExternal = payoutToExternal;
    }

    public Integer getTenureMonths() {
        return tenureMonths;
    }

    public void setTenureMonths(Integer tenureMonths) {
        this.tenureMonths = tenureMonths;
    }
}
