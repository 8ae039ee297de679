package org.coopbank.portal.loan;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.coopbank.portal.security.CurrentCustomer;
import org.coopbank.selfservice.MyLoan;
import org.coopbank.selfservice.SelfService;

/** {@code /portal/loans}. */
@Named
@RequestScoped
public class LoansBacking {

    @Inject
    SelfService self;

    @Inject
    CurrentCustomer me;

    private List<MyLoan> loans;

    @PostConstruct
    void load() {
        loans = self.loans(me.actor());
    }

    public List<MyLoan> getLoans() {
        return loans;
    }
}
