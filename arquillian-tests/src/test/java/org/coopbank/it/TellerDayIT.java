package org.coopbank.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.account.AccountService;
import org.coopbank.account.BankAccount;
import org.coopbank.ledger.LedgerReports;
import org.coopbank.ledger.TellerDay;
import org.coopbank.ledger.TellerDayRow;
import org.coopbank.shared.AccessDeniedException;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.Money;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class TellerDayIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(TellerDayIT.class);
    }

    @Inject TellerDay tellerDay;
    @Inject AccountService accounts;
    @Inject TestData data;
    @Inject BusinessClock clock;
    @Inject LedgerReports reports;

    @AfterEach
    void booksStaySound() {
        clock.unpin();
        LedgerAssertions.assertBooksSound(reports, clock);
    }

    @Test
    void theTellersDay_countsAndSumsTheCashThisCashierMoved_onlyTheirsAndOnlyThatDay() {
        LocalDate day = LocalDate.of(2061, 1, 1).plusDays(System.nanoTime() % 3000);
        clock.pin(day);
        org.coopbank.shared.Actor teller = org.coopbank.shared.Actor.staff("teller.day." + day,
                org.coopbank.staff.StaffRole.CASHIER);
        BankAccount a = data.savingsWith("Teller Day", "0");
        accounts.deposit(a.id(), new BigDecimal("1000.00"), null, teller);
        accounts.deposit(a.id(), new BigDecimal("250.50"), null, teller);
        accounts.withdraw(a.id(), new BigDecimal("300.00"), null, teller);
        accounts.deposit(a.id(), new BigDecimal("99.00"), null, TestData.CASHIER); // another cashier
        accounts.transfer(a.id(), data.savingsWith("Teller Other", "0").id(), new BigDecimal("10"), null, teller); // no cash

        List<TellerDayRow> rows = tellerDay.today(teller);
        assertEquals(List.of(new TellerDayRow("CASH_DEPOSIT", 2, Money.of("1250.50"), Money.ZERO),
                new TellerDayRow("CASH_WITHDRAWAL", 1, Money.ZERO, Money.of("300.00"))), rows);
        clock.pin(day.plusDays(1));
        assertEquals(List.of(), tellerDay.today(teller), "a new day starts empty");
        assertThrows(AccessDeniedException.class, () -> tellerDay.today(TestData.CLERK));
    }
}
