package org.coopbank.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Properties;
import org.coopbank.account.AccountService;
import org.coopbank.account.BankAccount;
import org.coopbank.ledger.EventType;
import org.coopbank.ledger.GlCode;
import org.coopbank.ledger.LedgerReports;
import org.coopbank.ledger.MoneyPosted;
import org.coopbank.ledger.TrialBalance;
import org.coopbank.ledger.UnbalancedPostingException;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.InsufficientFundsException;
import org.coopbank.shared.Money;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class LedgerIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(LedgerIT.class, PostingProbe.class);
    }

    @Inject
    PostingProbe probe;

    @Inject
    EventRecorder recorder;

    @Inject
    AccountService accounts;

    @Inject
    TestData data;

    @Inject
    LedgerReports reports;

    @Inject
    BusinessClock clock;

    @Test
    void unbalancedOrOneSidedPosting_isRefused() {
        long before = reports.check().journalEntries();
        assertThrows(UnbalancedPostingException.class, () -> probe.post(Money.of(100), Money.of("99.99")));
        assertThrows(UnbalancedPostingException.class, () -> probe.post(Money.of(100), Money.ZERO));
        assertEquals(before, reports.check().journalEntries());
    }

    @Test
    void moneyPosted_isFiredAfterCommit_andNotForARefusedOperation() {
        BankAccount a = data.savingsWith("Event Test", "0");
        recorder.clear();
        accounts.deposit(a.id(), new BigDecimal("75.00"), "event", TestData.CASHIER);
        assertEquals(1, recorder.committed().size());
        MoneyPosted e = recorder.committed().get(0);
        assertEquals(EventType.CASH_DEPOSIT, e.eventType());
        assertEquals(Money.of("75.00"), e.amount());
        assertTrue(e.accountIds().contains(a.id()));
        assertThrows(InsufficientFundsException.class,
                () -> accounts.withdraw(a.id(), new BigDecimal("75.01"), null, TestData.CASHIER));
        assertEquals(1, recorder.committed().size(), "a rolled-back posting fires no after-commit event");
    }

    @Test
    void trialBalance_balances_andShowsCashFromDeposits() {
        Money cashBefore = reports.trialBalance(clock.today()).balanceOf(GlCode.CASH);
        BankAccount a = data.savingsWith("TB Test", "1234.56");
        TrialBalance tb = reports.trialBalance(clock.today());
        assertTrue(tb.balances());
        assertEquals(cashBefore.plus(Money.of("1234.56")), tb.balanceOf(GlCode.CASH));
        assertTrue(a.balance().isPositive());
    }

    @Test
    void ledgerIntegrityJob_runsInJBeret_andCompletesOnSoundBooks() throws Exception {
        JobOperator jobs = BatchRuntime.getJobOperator();
        long id = jobs.start("ledger-integrity", new Properties());
        JobExecution ex = jobs.getJobExecution(id);
        for (int i = 0; i < 120 && !isDone(ex.getBatchStatus()); i++) {
            Thread.sleep(250);
            ex = jobs.getJobExecution(id);
        }
        assertEquals(BatchStatus.COMPLETED, ex.getBatchStatus(), ex.getExitStatus());
        assertTrue(ex.getExitStatus().startsWith("CLEAN"), ex.getExitStatus());
    }

    private static boolean isDone(BatchStatus s) {
        return s == BatchStatus.COMPLETED || s == BatchStatus.FAILED || s == BatchStatus.ABANDONED || s == BatchStatus.STOPPED;
    }
}
