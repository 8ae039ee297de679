package org.coopbank.admin.accountant;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import org.coopbank.admin.security.CurrentStaff;
import org.coopbank.ledger.AccountantReports;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;

/**
 * A report as of one date: the business date unless the {@code asOf} view parameter says otherwise. Subclasses name
 * the one query that makes the report.
 */
public abstract class AsOfReportBacking<R> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountantReports reports;

    @Inject
    CurrentStaff current;

    @Inject
    BusinessClock clock;

    private LocalDate asOf;
    private R report;

    protected abstract R make(AccountantReports reports, LocalDate asOf, Actor actor);

    public void load() {
        if (asOf == null) {
            asOf = clock.today();
        }
        report = make(reports, asOf, current.actor());
    }

    public R getReport() {
        return report;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }
}
