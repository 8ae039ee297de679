package org.coopbank.admin.cashier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.coopbank.admin.security.CurrentStaff;
import org.coopbank.ledger.TellerDay;
import org.coopbank.ledger.TellerDayRow;
import org.coopbank.shared.Money;

/** The signed-in cashier's day: counts and cash by kind, cash in, cash out, net. */
@Named
@RequestScoped
public class TellerDayBacking {

    @Inject
    TellerDay tellerDay;

    @Inject
    CurrentStaff current;

    private List<TellerDayRow> rows;

    public List<TellerDayRow> getRows() {
        if (rows == null) {
            rows = tellerDay.today(current.actor());
        }
        return rows;
    }

    public Money getCashIn() {
        return getRows().stream().map(TellerDayRow::cashIn).reduce(Money.ZERO, Money::plus);
    }

    public Money getCashOut() {
        return getRows().stream().map(TellerDayRow::cashOut).reduce(Money.ZERO, Money::plus);
    }

    public Money getNet() {
        return getCashIn().minus(getCashOut());
    }

    public long getCount() {
        return getRows().stream().mapToLong(TellerDayRow::count).sum();
    }
}
