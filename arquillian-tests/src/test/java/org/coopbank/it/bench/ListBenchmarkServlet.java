package org.coopbank.it.bench;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.coopbank.account.AccountQueries;
import org.coopbank.account.AccountService;
import org.coopbank.customer.Customer360;
import org.coopbank.customer.CustomerQueries;
import org.coopbank.ledger.AccountantReports;
import org.coopbank.ledger.EventType;
import org.coopbank.ledger.JournalQueries;
import org.coopbank.loan.LoanQueries;
import org.coopbank.loan.LoanStatus;
import org.coopbank.it.TestData;
import org.coopbank.shared.Actor;

/**
 * Test-only: times each staff list and search through the query services the screens call, on a generated bank
 * (driven by {@code ListBenchmarkIT}). Each line is one screen's database work for one request: a lazy table's page
 * plus its count, as PrimeFaces asks for both.
 */
@WebServlet({"/bench/lists", "/bench/lists/keys"})
public class ListBenchmarkServlet extends HttpServlet {

    private static final int PAGE = 20;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource ds;

    @Inject
    CustomerQueries customers;

    @Inject
    AccountQueries accountQueries;

    @Inject
    AccountService accounts;

    @Inject
    JournalQueries journal;

    @Inject
    AccountantReports reports;

    @Inject
    LoanQueries loans;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/plain");
        try {
            BenchKeys.read(ds).asMap().forEach((k, v) -> {
                try {
                    resp.getWriter().println(k + "=" + v);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (Exception e) {
            resp.setStatus(500);
            resp.getWriter().println("keys failed: " + e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        int runs = Integer.parseInt(req.getParameter("runs"));
        resp.setContentType("text/plain");
        PrintWriter out = resp.getWriter();
        try {
            BenchKeys k = BenchKeys.read(ds);
            out.printf("bank: %,d customers, %,d journal entries; keys %s%n", k.customers(), k.entries(), k.asMap());
            out.print(Timings.HEADER);
            clerk(out, k, runs);
            accountant(out, k, runs);
            manager(out, runs);
        } catch (Exception e) {
            resp.setStatus(500);
            e.printStackTrace(out);
        }
    }

    private void clerk(PrintWriter out, BenchKeys k, int runs) throws Exception {
        Actor a = TestData.CLERK;
        long all = customers.count(null, a);
        String name = k.name().toLowerCase();
        long named = customers.count(name, a);
        out.print(Timings.time("clerk customers: no filter, page 1 by id", runs, () -> page(null, 0, null, a)));
        out.print(Timings.time("clerk customers: no filter, sorted by name, page 1", runs, () -> page(null, 0, "fullName", a)));
        out.print(Timings.time("clerk customers: no filter, by name, deep page (middle)", runs,
                () -> page(null, (int) (all / 2 / PAGE * PAGE), "fullName", a)));
        out.print(Timings.time("clerk customers: name '" + k.name() + "', by name, page 1", runs, () -> page(name, 0, "fullName", a)));
        out.print(Timings.time("clerk customers: name '" + k.name() + "', deep page (last)", runs,
                () -> page(name, (int) Math.max(0, (named - 1) / PAGE * PAGE), "fullName", a)));
        out.print(Timings.time("clerk customers: mobile", runs, () -> page(k.mobile(), 0, null, a)));
        out.print(Timings.time("clerk customers: customer number", runs, () -> page(k.customerNumber(), 0, null, a)));
        out.print(Timings.time("clerk customers: account number", runs, () -> page(k.accountNumber(), 0, null, a)));
        out.print(Timings.time("clerk customer 360: typical customer", runs, () -> size(customers.overview(k.typicalCustomerId(), a))));
        out.print(Timings.time("clerk customer 360: busiest account's customer", runs, () -> size(customers.overview(k.busyCustomerId(), a))));
        LocalDate to = k.lastDay();
        out.print(Timings.time("account statement: busiest account, last 30 days", runs,
                () -> accounts.transactions(k.busyAccountId(), to.minusDays(29), to).size()));
    }

    private void accountant(PrintWriter out, BenchKeys k, int runs) throws Exception {
        Actor a = TestData.ACCOUNTANT;
        LocalDate to = k.lastDay();
        LocalDate month = to.minusDays(29);
        long total = journal.count(null, null, null, null, a);
        out.print(Timings.time("accountant journal: no filter, page 1", runs, () -> journalPage(null, null, null, 0, a)));
        out.print(Timings.time("accountant journal: no filter, deep page (middle)", runs,
                () -> journalPage(null, null, null, (int) (total / 2 / PAGE * PAGE), a)));
        out.print(Timings.time("accountant journal: last 30 days, CASH_DEPOSIT, page 1", runs,
                () -> journalPage(month, to, EventType.CASH_DEPOSIT, 0, a)));
        long monthDeposits = journal.count(month, to, EventType.CASH_DEPOSIT, null, a);
        out.print(Timings.time("accountant journal: last 30 days, CASH_DEPOSIT, last page", runs,
                () -> journalPage(month, to, EventType.CASH_DEPOSIT, (int) Math.max(0, (monthDeposits - 1) / PAGE * PAGE), a)));
        out.print(Timings.time("accountant journal: one day, TRANSFER, page 1", runs,
                () -> journalPage(to, to, EventType.TRANSFER, 0, a)));
        out.print(Timings.time("accountant journal entry: lines and transactions", runs,
                () -> journal.entry(k.entryId(), a) == null ? 0
                        : journal.lines(k.entryId(), a).size() + journal.transactions(k.entryId(), a).size()));
        out.print(Timings.time("accountant day book: last day", runs, () -> journal.dayBook(to, a).lines().size()));
        out.print(Timings.time("accountant GL 2000 statement: month to date", runs,
                () -> reports.glStatement("2000", to.withDayOfMonth(1), to, a).lines().size()));
        out.print(Timings.time("accountant GL 1000 statement: last day", runs,
                () -> reports.glStatement("1000", to, to, a).lines().size()));
        out.print(Timings.time("accountant trial balance (report)", runs, () -> reports.trialBalance(to, a).rows().size()));
        out.print(Timings.time("accountant loan ageing (report)", runs, () -> reports.loanAgeing(to, a).buckets().size()));
    }

    private void manager(PrintWriter out, int runs) throws Exception {
        Actor m = TestData.MANAGER;
        out.print(Timings.time("manager approvals: customers after KYC", runs, () -> customers.pendingApproval(50, m).size()));
        out.print(Timings.time("manager approvals: loan applications", runs, () -> loans.awaiting(LoanStatus.APPLIED, 50, m).size()));
        out.print(Timings.time("manager approvals: approved loans to disburse", runs, () -> loans.awaiting(LoanStatus.APPROVED, 50, m).size()));
        out.print(Timings.time("manager approvals: reversal requests", runs, () -> accountQueries.pendingReversals(50, m).size()));
    }

    private int page(String q, int first, String sort, Actor a) {
        long count = customers.count(q, a);
        return customers.search(q, first, PAGE, sort, true, a).size() + (count < 0 ? 1 : 0);
    }

    private int journalPage(LocalDate from, LocalDate to, EventType type, int first, Actor a) {
        long count = journal.count(from, to, type, null, a);
        return journal.search(from, to, type, null, first, PAGE, null, false, a).size() + (count < 0 ? 1 : 0);
    }

    private static int size(Customer360 v) {
        return v.accounts().size() + v.recentTransactions().size();
    }
}
