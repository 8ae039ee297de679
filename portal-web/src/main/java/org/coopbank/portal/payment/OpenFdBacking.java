package org.coopbank.portal.payment;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.coopbank.account.AccountStatus;
import org.coopbank.deposit.DepositService;
import org.coopbank.deposit.FdRate;
import org.coopbank.payment.PaymentGateways;
import org.coopbank.payment.PaymentService;
import org.coopbank.portal.security.CurrentCustomer;
import org.coopbank.selfservice.MyAccount;
import org.coopbank.selfservice.SelfService;
import org.coopbank.shared.BusinessClock;

/**
 * "Open FD" on {@code /portal/fd-open}: the customer enters an amount, picks a tenure the rate card offers today and the
 * account the FD pays into on maturity; the preview (rate, maturity date and amount) comes from the rate card through
 * {@link DepositService#quote}; paying starts an FD_OPENING payment and opens the checkout. The FD itself is opened
 * when the gateway's money arrives. Only the customer's own active accounts are offered, and the service checks again.
 */
@Named
@ViewScoped
public class OpenFdBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The tenures offered (months); each shown only when today's rate card has a rate for it. */
    private static final int[] TENURES = {3, 6, 9, 12, 18, 24, 36, 48, 60, 84, 120};

    /** A tenure the customer can pick, with today's rate. */
    public record Tenure(int months, BigDecimal annualRate) implements Serializable {
    }

    @Inject
    transient SelfService self;

    @Inject
    transient PaymentService payments;

    @Inject
    transient DepositService deposits;

    @Inject
    transient PaymentGateways gateways;

    @Inject
    transient BusinessClock clock;

    @Inject
    transient CurrentCustomer me;

    private List<MyAccount> accounts;
    private List<Tenure> tenures;
    private Long accountId;
    private BigDecimal amount;
    private Integer tenureMonths;
    private DepositService.Quote quote;

    @PostConstruct
    void load() {
        accounts = self.accounts(me.actor()).stream().filter(a -> a.status() == AccountStatus.ACTIVE).toList();
        if (accounts.size() == 1) {
            accountId = accounts.get(0).id();
        }
        LocalDate today = clock.today();
        List<FdRate> card = deposits.rateCard(today);
        tenures = new ArrayList<>();
        for (int m : TENURES) {
            long days = ChronoUnit.DAYS.between(today, today.plusMonths(m));
            card.stream().filter(r -> r.minDays() <= days && r.maxDays() >= days).findFirst()
                    .ifPresent(r -> tenures.add(new Tenure(m, r.annualRate())));
        }
    }

    /** The maturity preview from today's rate card; nothing is written. */
    public void preview() {
        quote = deposits.quote(amount, tenureMonths);
    }

    /** Starts the payment (nothing is written if the input is refused) and opens the checkout. */
    public String pay() {
        quote = deposits.quote(amount, tenureMonths);
        long id = payments.openFd(me.actor(), accountId, amount, tenureMonths).paymentId();
        return "/portal/checkout?faces-redirect=true&payment=" + id;
    }

    /** Cleared when the input changes, so a stale preview is never shown next to new figures. */
    public void changed() {
        quote = null;
    }

    public boolean isAvailable() {
        return !accounts.isEmpty() && !tenures.isEmpty();
    }

    public List<MyAccount> getAccounts() {
        return accounts;
    }

    public List<Tenure> getTenures() {
        return tenures;
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

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public Integer getTenureMonths() {
        return tenureMonths;
    }

    public void setTenureMonths(Integer tenureMonths) {
        this.tenureMonths = tenureMonths;
    }
}
