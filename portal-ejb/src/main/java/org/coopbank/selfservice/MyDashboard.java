package org.coopbank.selfservice;

import java.util.List;
import org.coopbank.shared.Money;

/** Everything the dashboard shows, in one call. */
public record MyDashboard(String fullName, List<MyAccount> accounts, Money totalBalance, List<MyLoan> loans,
                          List<MyDeposit> maturingSoon, List<MyTransaction> recent, long unreadAlerts,
                          List<MyAlert> latestUnread) {

    public MyDashboard {
        accounts = List.copyOf(accounts);
        loans = List.copyOf(loans);
        maturingSoon = List.copyOf(maturingSoon);
        recent = List.copyOf(recent);
        latestUnread = List.copyOf(latestUnread);
    }
}
