package org.coopbank.admin.accountant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.coopbank.admin.security.CurrentStaff;
import org.coopbank.ledger.DayBook;
import org.coopbank.ledger.JournalQueries;
import org.coopbank.shared.BusinessClock;

/** The day book of one business date (the business date unless the {@code date} view parameter says otherwise). */
@Named
@ViewScoped
public class DayBookBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JournalQueries queries;

    @Inject
    CurrentStaff current;

    @Inject
    BusinessClock clock;

    private LocalDate date;
    private DayBook report;

    public void load() {
        if (date == null) {
            date = clock.today();
        }
        report = queries.dayBook(date, current.actor());
    }

    public DayBook getReport() {
        return report;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
