package org.coopbank.portal.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.coopbank.portal.security.CurrentCustomer;
import org.coopbank.selfservice.MyAccount;
import org.coopbank.selfservice.SelfService;

/** {@code /portal/accounts}. */
@Named
@RequestScoped
public class AccountsBacking {

    @Inject
    SelfService self;

    @Inject
    CurrentCustomer me;

    private List<MyAccount> accounts;

    @PostConstruct
    void load() {
        accounts = self.accounts(me.actor());
    }

    public List<MyAccount> getAccounts() {
        return accounts;
    }
}
