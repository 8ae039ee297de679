package org.coopbank.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.coopbank.account.AccountService;
import org.coopbank.account.AccountTransaction;
import org.coopbank.account.BankAccount;
import org.coopbank.ledger.LedgerReports;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.Money;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Many threads posting to the same accounts at once lose no update and leave the books balanced. */
@ExtendWith(ArquillianExtension.class)
class ConcurrencyIT {

    private static final int THREADS = 8;
    private static final int OPS_PER_THREAD = 25;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(ConcurrencyIT.class);
    }

    @Resource
    ManagedExecutorService executor;

    @Inject
    AccountService accounts;

    @Inject
    TestData data;

    @Inject
    LedgerReports reports;

    @Inject
    BusinessClock clock;

    @Test
    void depositsAndWithdrawalsOnOneAccount_leaveTheExactBalance() throws Exception {
        BankAccount a = data.savingsWith("Hot Account", "10000.00");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            futures.add(executor.submit(() -> {
                start.await();
                for (int i = 0; i < OPS_PER_THREAD; i++) {
                    accounts.deposit(a.id(), new BigDecimal("100.10"), "concurrent deposit", TestData.CASHIER);
                    accounts.withdraw(a.id(), new BigDecimal("40.05"), "concurrent withdrawal", TestData.CASHIER);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
        int ops = THREADS * OPS_PER_THREAD;
        // every thread nets 100.10 - 40.05 = 60.05 per round
        Money expected = Money.of("10000.00").plus(Money.of(new BigDecimal("60.05").multiply(BigDecimal.valueOf(ops))));
        assertEquals(expected, accounts.get(a.id()).balance());
        List<AccountTransaction> lines = accounts.transactions(a.id(), clock.today().minusYears(1), clock.today().plusYears(1));
        assertEquals(1 + 2 * ops, lines.size());
        // each line's balance-after is the running sum: no two postings saw the same starting balance
        Money running = Money.ZERO;
        for (AccountTransaction t : lines) {
            running = running.plus(t.signedAmount());
            assertEquals(running, t.balanceAfter(), "running balance broken at transaction " + t.id());
        }
        LedgerAssertions.assertBooksSound(reports, clock);
    }

    @Test
    void opposingTransfersBetweenTwoAccounts_neitherDeadlockNorLoseMoney() throws Exception {
        BankAccount x = data.savingsWith("Transfer X", "5000.00");
        BankAccount y = data.savingsWith("Transfer Y", "5000.00");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            boolean xToY = t % 2 == 0;
            futures.add(executor.submit(() -> {
                start.await();
                for (int i = 0; i < OPS_PER_THREAD; i++) {
                    if (xToY) {
                        accounts.transfer(x.id(), y.id(), new BigDecimal("7.00"), "x to y", TestData.CASHIER);
                    } else {
                        accounts.transfer(y.id(), x.id(), new BigDecimal("3.00"), "y to x", TestData.CASHIER);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
        int each = (THREADS / 2) * OPS_PER_THREAD;
        Money net = Money.of(new BigDecimal("4.00").multiply(BigDecimal.valueOf(each)));
        assertEquals(Money.of("5000.00").minus(net), accounts.get(x.id()).balance());
        assertEquals(Money.of("5000.00").plus(net), accounts.get(y.id()).balance());
        assertTrue(accounts.get(x.id()).balance().plus(accounts.get(y.id()).balance()).equals(Money.of("10000.00")));
        LedgerAssertions.assertBooksSound(reports, clock);
    }
}
