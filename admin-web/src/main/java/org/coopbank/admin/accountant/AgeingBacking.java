package org.coopbank.admin.accountant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.coopbank.admin.security.CurrentStaff;
import org.coopbank.ledger.AccountantReports;
import org.coopbank.ledger.AgeingReport;
import org.coopbank.shared.BusinessClock;

/** Loan ageing as of a date (the business date unless the {@code asOf} view parameter says otherwise). */
@Named
@ViewScoped
public class AgeingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountantReports reports;

    @Inject
    CurrentStaff current;

    @Inject
    BusinessClock clock;

    private LocalDate asOf;
    private AgeingReport report;

    public void load() {
        if (asOf == null) {
            asOf = clock.today();
        }
        report = reports.loanAgeing(asOf, current.actor());
    }

    public AgeingReport getReport() {
        return report;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }
}
