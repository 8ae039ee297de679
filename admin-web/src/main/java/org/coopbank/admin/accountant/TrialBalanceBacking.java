package org.coopbank.admin.accountant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.coopbank.ledger.AccountantReports;
import org.coopbank.ledger.TrialBalance;
import org.coopbank.shared.Actor;

/** Trial balance as of a date. */
@Named
@ViewScoped
public class TrialBalanceBacking extends AsOfReportBacking<TrialBalance> {

    private static final long serialVersionUID = 1L;

    @Override
    protected TrialBalance make(AccountantReports reports, LocalDate asOf, Actor actor) {
        return reports.trialBalance(asOf, actor);
    }
}
