package org.coopbank.portal.statement;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.coopbank.portal.security.CurrentCustomer;
import org.coopbank.selfservice.MyAccount;
import org.coopbank.selfservice.SelfService;
import org.coopbank.shared.BusinessClock;

/** {@code /portal/statements}: the customer's accounts and a default period (the last three months to today). */
@Named
@RequestScoped
public class StatementsBacking {

    @Inject
    SelfService self;

    @Inject
    CurrentCustomer me;

    @Inject
    BusinessClock clock;

    private List<MyAccount> accounts;

    @PostConstruct
    void load() {
        accounts = self.accounts(me.actor());
    }

    public List<MyAccount> getAccounts() {
        return accounts;
    }

    public String getToday() {
        return clock.today().toString();
    }

    public String getDefaultFrom() {
        return clock.today().minusMonths(3).plusDays(1).toString();
    }
}
