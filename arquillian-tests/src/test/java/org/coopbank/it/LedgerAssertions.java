package org.coopbank.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coopbank.ledger.IntegrityReport;
import org.coopbank.ledger.LedgerReports;
import org.coopbank.ledger.TrialBalance;
import org.coopbank.shared.BusinessClock;

/** The invariants checked after every service test: entries balance, controls equal subledgers, no negatives. */
public final class LedgerAssertions {

    private LedgerAssertions() {
    }

    public static void assertBooksSound(LedgerReports reports, BusinessClock clock) {
        IntegrityReport report = reports.check();
        assertTrue(report.isClean(), "ledger integrity problems: " + report.problems());
        TrialBalance tb = reports.trialBalance(clock.today().plusYears(50));
        assertTrue(tb.balances(), "trial balance does not balance: " + tb.totalDebits() + " vs " + tb.totalCredits());
    }
}
