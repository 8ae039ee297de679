package org.coopbank.admin.accountant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.coopbank.ledger.AccountantReports;
import org.coopbank.ledger.AgeingReport;
import org.coopbank.shared.Actor;

/** Loan ageing as of a date. */
@Named
@ViewScoped
public class AgeingBacking extends AsOfReportBacking<AgeingReport> {

    private static final long serialVersionUID = 1L;

    @Override
    protected AgeingReport make(AccountantReports reports, LocalDate asOf, Actor actor) {
        return reports.loanAgeing(asOf, actor);
    }
}
