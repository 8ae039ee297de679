package org.coopbank.admin.accountant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.admin.security.CurrentStaff;
import org.coopbank.ledger.AccountantReports;
import org.coopbank.ledger.GlAccountRow;
import org.coopbank.ledger.GlStatement;
import org.coopbank.shared.BusinessClock;

/** A GL account's statement for a period (view parameters {@code code}, {@code from}, {@code to}). */
@Named
@ViewScoped
public class GlStatementBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountantReports reports;

    @Inject
    CurrentStaff current;

    @Inject
    BusinessClock clock;

    private String code;
    private LocalDate from;
    private LocalDate to;
    private List<GlAccountRow> accounts;
    private GlStatement statement;

    /** On the first request: the chart for the picker, and the statement when the view parameters name an account. */
    public void init() {
        accounts = reports.glAccounts(current.actor());
        if (to == null) {
            to = clock.today();
        }
        if (from == null) {
            from = to.withDayOfMonth(1);
        }
        if (code != null && !code.isBlank()) {
            load();
        }
    }

    public void load() {
        statement = reports.glStatement(code, from, to, current.actor());
    }

    public List<GlAccountRow> getAccounts() {
        return accounts;
    }

    public GlStatement getStatement() {
        return statement;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
