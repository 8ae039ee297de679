package org.coopbank.portal.deposit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.coopbank.portal.security.CurrentCustomer;
import org.coopbank.selfservice.MyDeposit;
import org.coopbank.selfservice.SelfService;

/** {@code /portal/fd}. */
@Named
@RequestScoped
public class DepositsBacking {

    @Inject
    SelfService self;

    @Inject
    CurrentCustomer me;

    private List<MyDeposit> deposits;

    @PostConstruct
    void load() {
        deposits = self.deposits(me.actor());
    }

    public List<MyDeposit> getDeposits() {
        return deposits;
    }
}
