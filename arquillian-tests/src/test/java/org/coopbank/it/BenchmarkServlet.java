package org.coopbank.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Future;
import org.coopbank.account.AccountService;
import org.coopbank.account.BankAccount;
import org.coopbank.ledger.IntegrityReport;
import org.coopbank.ledger.LedgerReports;
import org.coopbank.shared.BusinessClock;

/**
 * Test-only benchmark of the posting path (lock, journal entry, subledger line, audit) inside the server, driven by
 * {@code PostingBenchmarkIT}: single-thread latency, throughput with many threads on distinct accounts and on one
 * hot account, and the time of the full ledger integrity check afterwards.
 */
@WebServlet("/bench/postings")
public class BenchmarkServlet extends HttpServlet {

    @Resource
    ManagedExecutorService executor;

    @Inject
    AccountService accounts;

    @Inject
    LedgerReports reports;

    @Inject
    BusinessClock clock;

    @Inject
    TestData data;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        int ops = Integer.parseInt(req.getParameter("ops"));
        int threads = Integer.parseInt(req.getParameter("threads"));
        resp.setContentType("text/plain");
        PrintWriter out = resp.getWriter();
        try {
            BankAccount warm = data.savingsWith("Bench Warmup", "1000.00");
            for (int i = 0; i < 200; i++) {
                accounts.deposit(warm.id(), BigDecimal.ONE, "warm-up", TestData.CASHIER);
            }
            BankAccount single = data.savingsWith("Bench Single", "1000.00");
            long[] lat = new long[ops];
            long t0 = System.nanoTime();
            for (int i = 0; i < ops; i++) {
                long s = System.nanoTime();
                accounts.deposit(single.id(), new BigDecimal("10.00"), "bench", TestData.CASHIER);
                lat[i] = System.nanoTime() - s;
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            Arrays.sort(lat);
            out.printf("deposits, 1 thread: %d ops in %.2f s = %.0f ops/s; latency p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                    ops, secs, ops / secs, lat[ops / 2] / 1e6, lat[(int) (ops * 0.95)] / 1e6, lat[(int) (ops * 0.99)] / 1e6);

            List<BankAccount> distinct = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                distinct.add(data.savingsWith("Bench Distinct " + t, "1000.00"));
            }
            out.printf("deposits, %d threads on %d distinct accounts: %.0f ops/s%n", threads, threads,
                    parallel(threads, ops, t -> distinct.get(t).id()));
            BankAccount hot = data.savingsWith("Bench Hot", "1000.00");
            out.printf("deposits, %d threads on 1 hot account (row lock serialises): %.0f ops/s%n", threads,
                    parallel(threads, ops, t -> hot.id()));

            long c0 = System.nanoTime();
            IntegrityReport report = reports.check();
            out.printf("ledger integrity check over %d journal entries: %.0f ms, clean=%s%n", report.journalEntries(),
                    (System.nanoTime() - c0) / 1e6, report.isClean());
            long b0 = System.nanoTime();
            boolean balances = reports.trialBalance(clock.today()).balances();
            out.printf("trial balance: %.0f ms, balances=%s%n", (System.nanoTime() - b0) / 1e6, balances);
        } catch (Exception e) {
            resp.setStatus(500);
            out.println("benchmark failed: " + e);
        }
    }

    private double parallel(int threads, int totalOps, java.util.function.IntFunction<Long> account) throws Exception {
        int each = totalOps / threads;
        List<Future<?>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            long id = account.apply(t);
            futures.add(executor.submit(() -> {
                for (int i = 0; i < each; i++) {
                    accounts.deposit(id, new BigDecimal("1.00"), "bench", TestData.CASHIER);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        return each * threads / ((System.nanoTime() - t0) / 1e9);
    }
}
