package org.coopbank.admin.manager;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.coopbank.admin.security.CurrentStaff;
import org.coopbank.deposit.DepositQueries;
import org.coopbank.deposit.MaturingFdRow;
import org.coopbank.ledger.BranchPosition;
import org.coopbank.loan.LoanQueries;
import org.coopbank.loan.OverdueBucket;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.Money;

/**
 * The branch dashboard: the signed-in manager's branch, as of the business date. The figures come from the
 * features' aggregate queries; this bean only shapes them into Chart.js configurations for {@code p:chart}
 * (PrimeFaces 15 takes the chart as JSON) and into the tables that carry the same figures for screen readers.
 */
@Named
@RequestScoped
public class DashboardBacking {

    private static final int MONTHS = 6;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    @Inject
    BranchPosition position;

    @Inject
    LoanQueries loans;

    @Inject
    DepositQueries deposits;

    @Inject
    CurrentStaff current;

    @Inject
    BusinessClock clock;

    private LocalDate today;
    private List<BranchPosition.MonthEnd> monthEnds;
    private List<OverdueBucket> overdue;
    private List<MaturingFdRow> maturing;
    private BranchPosition.Cash cash;

    @PostConstruct
    void load() {
        long branch = current.get().branch().id();
        today = clock.today();
        monthEnds = position.monthEnds(branch, today, MONTHS, current.actor());
        overdue = loans.overdueBuckets(branch, today, current.actor());
        maturing = deposits.maturing(branch, today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth()),
                current.actor());
        cash = position.cash(branch, today, current.actor());
    }

    /** Bars of deposits and loans outstanding at each month end. */
    public String getPositionChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        monthEnds.forEach(m -> labels.add(monthLabel(m)));
        return chart("bar", labels, dataset(text("dashboard.deposits"), "#1d4f91", monthEnds, BranchPosition.MonthEnd::deposits),
                dataset(text("dashboard.loans"), "#b7791f", monthEnds, BranchPosition.MonthEnd::loans));
    }

    /** Bars of the unpaid principal in each overdue bucket. */
    public String getOverdueChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        overdue.forEach(b -> labels.add(b.label() + " " + text("dashboard.days")));
        return chart("bar", labels, dataset(text("dashboard.overduePrincipal"), "#a4001d", overdue, OverdueBucket::principal));
    }

    private static <T> JsonObjectBuilder dataset(String label, String colour, List<T> rows, Function<T, Money> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        rows.forEach(r -> data.add(value.apply(r).amount()));
        return Json.createObjectBuilder().add("label", label).add("backgroundColor", colour).add("data", data);
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonObjectBuilder... datasets) {
        JsonArrayBuilder sets = Json.createArrayBuilder();
        for (JsonObjectBuilder d : datasets) {
            sets.add(d);
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", text("dashboard.rupees"))))))
                .build().toString();
    }

    public String monthLabel(BranchPosition.MonthEnd m) {
        return m.asOf().format(MONTH);
    }

    private static String text(String key) {
        FacesContext f = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle("org.coopbank.admin.i18n.Messages", f.getViewRoot().getLocale()).getString(key);
    }

    public LocalDate getToday() {
        return today;
    }

    public String getMonthName() {
        return today.format(MONTH);
    }

    public List<BranchPosition.MonthEnd> getMonthEnds() {
        return monthEnds;
    }

    public List<OverdueBucket> getOverdue() {
        return overdue;
    }

    public List<MaturingFdRow> getMaturing() {
        return maturing;
    }

    public BranchPosition.Cash getCash() {
        return cash;
    }
}
