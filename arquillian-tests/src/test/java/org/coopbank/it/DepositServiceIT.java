package org.coopbank.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.account.AccountService;
import org.coopbank.account.BankAccount;
import org.coopbank.deposit.DepositService;
import org.coopbank.deposit.FdCalculator;
import org.coopbank.deposit.FdStatus;
import org.coopbank.deposit.FixedDeposit;
import org.coopbank.ledger.LedgerReports;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.InsufficientFundsException;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.Money;
import org.coopbank.shared.ValidationFailedException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class DepositServiceIT {

    private static final LocalDate OPENED = LocalDate.of(2026, 2, 1);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(DepositServiceIT.class);
    }

    @Inject
    DepositService deposits;

    @Inject
    AccountService accounts;

    @Inject
    TestData data;

    @Inject
    Books books;

    @Inject
    LedgerReports reports;

    @Inject
    BusinessClock clock;

    @AfterEach
    void booksStaySound() {
        clock.unpin();
        LedgerAssertions.assertBooksSound(reports, clock);
    }

    @Test
    void open_debitsAccount_atRateCardRate_withMaturityAmountShownBefore() {
        clock.pin(OPENED);
        BankAccount a = data.savingsWith("FD Open", "150000.00");
        DepositService.Quote q = deposits.quote(new BigDecimal("100000"), 12);
        assertEquals(new BigDecimal("6.8000"), q.annualRate());
        FixedDeposit fd = deposits.openFromAccount(a.id(), new BigDecimal("100000"), 12, TestData.CLERK);
        assertEquals(q.maturityAmount(), fd.maturityAmount());
        assertEquals(FdCalculator.maturityAmount(Money.of(100000), new BigDecimal("6.8"), OPENED, 12), fd.maturityAmount());
        assertEquals(OPENED.plusMonths(12), fd.maturityDate());
        assertEquals(Money.of("50000.00"), accounts.get(a.id()).balance());
    }

    @Test
    void open_refusals_changeNothing() {
        clock.pin(OPENED);
        BankAccount a = data.savingsWith("FD Refused", "5000.00");
        Books.Counts before = books.counts();
        assertThrows(InsufficientFundsException.class, () -> deposits.openFromAccount(a.id(), new BigDecimal("5000.01"), 12, TestData.CLERK));
        assertThrows(ValidationFailedException.class, () -> deposits.openFromAccount(a.id(), new BigDecimal("999"), 12, TestData.CLERK));
        assertThrows(ValidationFailedException.class, () -> deposits.openFromAccount(a.id(), new BigDecimal("2000"), 0, TestData.CLERK));
        assertThrows(ValidationFailedException.class, () -> deposits.openFromAccount(a.id(), new BigDecimal("2000"), 121, TestData.CLERK));
        assertEquals(before, books.counts());
    }

    @Test
    void maturity_paysPrincipalAndInterestToLinkedAccount_notBefore() {
        clock.pin(OPENED);
        BankAccount a = data.savingsWith("FD Mature", "20000.00");
        FixedDeposit fd = deposits.openFromAccount(a.id(), new BigDecimal("20000"), 6, TestData.CLERK);
        clock.pin(fd.maturityDate().minusDays(1));
        assertThrows(InvalidStateException.class, () -> deposits.closeOnMaturity(fd.id(), TestData.SYSTEM));
        clock.pin(fd.maturityDate());
        FixedDeposit matured = deposits.closeOnMaturity(fd.id(), TestData.SYSTEM);
        assertEquals(FdStatus.MATURED, matured.status());
        assertEquals(fd.maturityAmount(), matured.amountPaid());
        assertEquals(fd.maturityAmount().minus(Money.of(20000)), matured.interestPaid());
        assertEquals(fd.maturityAmount(), accounts.get(a.id()).balance());
        assertThrows(InvalidStateException.class, () -> deposits.closeOnMaturity(fd.id(), TestData.SYSTEM));
        assertThrows(InvalidStateException.class, () -> deposits.closePrematurely(fd.id(), TestData.CLERK));
    }

    @Test
    void prematureClosure_paysRateForDaysRunLessOnePoint() {
        clock.pin(OPENED);
        BankAccount a = data.savingsWith("FD Premature", "100000.00");
        FixedDeposit fd = deposits.openFromAccount(a.id(), new BigDecimal("100000"), 24, TestData.CLERK);
        LocalDate closeOn = OPENED.plusDays(60);
        clock.pin(closeOn);
        FixedDeposit closed = deposits.closePrematurely(fd.id(), TestData.CLERK);
        assertEquals(FdStatus.CLOSED_PREMATURE, closed.status());
        // 60 days: card rate 4.5 (46-179 days) less 1 = 3.5% simple
        Money expected = FdCalculator.amountAt(Money.of(100000), new BigDecimal("3.5"), OPENED, closeOn);
        assertEquals(expected, closed.amountPaid());
        assertEquals(Money.of("100575.34"), expected);
        assertEquals(expected, accounts.get(a.id()).balance());
    }

    @Test
    void prematureClosure_withinAWeek_paysPrincipalOnly() {
        clock.pin(OPENED);
        BankAccount a = data.savingsWith("FD Quick", "10000.00");
        FixedDeposit fd = deposits.openFromAccount(a.id(), new BigDecimal("10000"), 12, TestData.CLERK);
        clock.pin(OPENED.plusDays(3));
        assertEquals(Money.of(10000), deposits.closePrematurely(fd.id(), TestData.CLERK).amountPaid());
    }

    @Test
    void sixMonthFdOpenedOn31March_compoundsTwoQuarters() {
        clock.pin(LocalDate.of(2026, 3, 31));
        DepositService.Quote q = deposits.quote(new BigDecimal("100000"), 6);
        assertEquals(LocalDate.of(2026, 9, 30), q.maturityDate());
        // (1 + r/400)^2 with the card's 180-364 day rate, not simple interest for "5 months"
        BigDecimal r = q.annualRate();
        BigDecimal expected = new BigDecimal("100000").multiply(BigDecimal.ONE.add(r.divide(new BigDecimal("400"),
                java.math.MathContext.DECIMAL128)).pow(2)).setScale(2, java.math.RoundingMode.HALF_UP);
        assertEquals(Money.of(expected), q.maturityAmount());
    }

    @Test
    void prematureClosure_usesTheRateCardOfTheOpeningDate_notTodays() {
        clock.pin(OPENED);
        BankAccount a = data.savingsWith("Card History", "50000.00");
        FixedDeposit fd = deposits.openFromAccount(a.id(), new BigDecimal("20000"), 12, TestData.CLERK);
        LocalDate closeOn = OPENED.plusDays(100);
        clock.pin(closeOn);
        Money before = deposits.prematurePayout(deposits.get(fd.id()));
        List<DepositService.RateBand> doubled = deposits.rateCard().stream()
                .map(r -> new DepositService.RateBand(r.minDays(), r.maxDays(), r.annualRate().add(BigDecimal.TEN)))
                .toList();
        List<DepositService.RateBand> original = deposits.rateCard().stream()
                .map(r -> new DepositService.RateBand(r.minDays(), r.maxDays(), r.annualRate())).toList();
        assertThrows(org.coopbank.shared.AccessDeniedException.class,
                () -> deposits.replaceRateCard(doubled, TestData.MANAGER));
        deposits.replaceRateCard(doubled, TestData.SUPERADMIN);
        try {
            assertEquals(before, deposits.prematurePayout(deposits.get(fd.id())), "the card of the opening date applies");
            FixedDeposit closed = deposits.closePrematurely(fd.id(), TestData.CLERK);
            assertEquals(before, closed.amountPaid());
            assertTrue(deposits.rateFor(100, closeOn).orElseThrow()
                    .compareTo(deposits.rateFor(100, OPENED).orElseThrow()) > 0, "today's card is the new one");
        } finally {
            deposits.replaceRateCard(original, TestData.SUPERADMIN);
        }
    }
}
