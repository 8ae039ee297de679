package org.coopbank.it.statement;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.coopbank.account.AccountService;
import org.coopbank.account.AccountTransaction;
import org.coopbank.account.BankAccount;
import org.coopbank.it.TestData;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.IndianFormat;
import org.coopbank.statement.StatementService;
import org.coopbank.statement.StatementSummary;

/**
 * Test-only benchmark of statements inside the server, driven by {@code StatementBenchmarkIT}: a year of a busy
 * account ({@code rows} lines, default 5,000, posted through the services as of past dates), then the statement
 * through {@link StatementService#write} against a bare iText table of the same lines read the naive way (one
 * {@code getResultList} of entities, an ordinary table laid out at once). Per run: wall time, bytes allocated by the
 * thread, and the live heap (after a full GC) sampled while the PDF is being written, minus the live heap before.
 */
@WebServlet("/bench/statements")
public class StatementBenchmarkServlet extends HttpServlet {

    @Inject AccountService accounts;
    @Inject TestData data;
    @Inject BusinessClock clock;
    @Inject StatementService statements;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        int rows = Integer.parseInt(req.getParameter("rows"));
        int runs = Integer.parseInt(req.getParameter("runs"));
        resp.setContentType("text/plain");
        PrintWriter out = resp.getWriter();
        try {
            LocalDate to = clock.today().minusDays(1);
            LocalDate from = to.minusYears(1).plusDays(1);
            BankAccount a = clock.asOf(from, () -> data.savingsWith("Bench Statement", "100000.00"));
            long p0 = System.nanoTime();
            for (int i = 0; i < rows; i++) {
                int n = i;
                clock.asOf(from.plusDays((long) i * 365 / rows), () -> n % 3 == 2
                        ? accounts.withdraw(a.id(), new BigDecimal(50 + n % 400 + ".25"), "ATM cash", TestData.CASHIER)
                        : accounts.deposit(a.id(), new BigDecimal(100 + n % 900 + ".50"), "Cash deposit", TestData.CASHIER));
            }
            out.printf("setup: %d lines posted in %.1f s%n", rows + 1, (System.nanoTime() - p0) / 1e9);
            Actor clerk = TestData.CLERK;
            StatementSummary s = statements.summary(clerk, a.id(), from, to);
            out.printf("statement %s to %s: %d lines%n", from, to, s.count());
            Runnable statement = () -> io(o -> statements.write(clerk, a.id(), from, to, o));
            Runnable bare = () -> io(o -> bareTable(a.id(), from, to, o));
            for (int i = 0; i < 3; i++) { // warm-up
                statement.run();
                bare.run();
            }
            report(out, "StatementService.write (keyset pages, large table, decorations)", statement, runs);
            report(out, "bare iText table (getResultList, ordinary table)", bare, runs);
            out.printf("PDF size: %d bytes%n", size(statement));
        } catch (Exception | Error e) {
            resp.setStatus(500);
            e.printStackTrace(out);
        }
    }

    private void report(PrintWriter out, String what, Runnable work, int runs) {
        long[] ms = new long[runs];
        long[] alloc = new long[runs];
        for (int i = 0; i < runs; i++) {
            long a0 = allocatedBytes();
            long t0 = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
            alloc[i] = allocatedBytes() - a0;
        }
        Arrays.sort(ms);
        Arrays.sort(alloc);
        long live = liveHeapWhile(work);
        out.printf("%s: median %d ms (min %d, max %d) over %d runs; allocated %.1f MB per run; live heap while writing +%.1f MB%n",
                what, ms[runs / 2], ms[0], ms[runs - 1], runs, alloc[runs / 2] / 1e6, live / 1e6);
    }

    /**
     * Bytes allocated so far by this thread ({@code com.sun.management.ThreadMXBean}, read through the platform MBean
     * server because the deployment's module does not see {@code jdk.management}).
     */
    private static long allocatedBytes() {
        try {
            return (Long) ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName(ManagementFactory.THREAD_MXBEAN_NAME), "getThreadAllocatedBytes",
                    new Object[] {Thread.currentThread().getId()}, new String[] {"long"});
        } catch (javax.management.JMException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The largest live heap (after a full GC) seen every 64 KB of output and at the end, minus the live heap before. */
    private static long liveHeapWhile(Runnable work) {
        long before = liveHeap();
        long[] peak = {before};
        SAMPLER.set(() -> peak[0] = Math.max(peak[0], liveHeap()));
        try {
            work.run();
        } finally {
            SAMPLER.remove();
        }
        return peak[0] - before;
    }

    private static final ThreadLocal<Runnable> SAMPLER = new ThreadLocal<>();

    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void bareTable(long accountId, LocalDate from, LocalDate to, OutputStream o) throws IOException {
        List<AccountTransaction> lines = accounts.transactions(accountId, from, to);
        PdfDocument pdf = new PdfDocument(new PdfWriter(o));
        Document doc = new Document(pdf);
        Table t = new Table(UnitValue.createPercentArray(new float[] {11, 41, 9, 13, 13, 13})).useAllAvailableWidth();
        for (String h : new String[] {"Date", "Particulars", "Ref.", "Debit", "Credit", "Balance"}) {
            t.addHeaderCell(new Cell().add(new Paragraph(h)));
        }
        for (AccountTransaction l : lines) {
            boolean credit = l.direction() == AccountTransaction.Direction.CREDIT;
            String amount = IndianFormat.grouped(l.amount());
            for (String v : new String[] {l.txnDate().toString(), l.narration(), String.valueOf(l.id()),
                    credit ? "" : amount, credit ? amount : "", IndianFormat.grouped(l.balanceAfter())}) {
                t.addCell(new Cell().add(new Paragraph(v)));
            }
        }
        sample(); // the whole table is in memory now
        doc.add(t);
        doc.close();
    }

    private static void sample() {
        Runnable s = SAMPLER.get();
        if (s != null) {
            s.run();
        }
    }

    private static long size(Runnable work) {
        long[] n = {0};
        SIZE.set(n);
        try {
            work.run();
        } finally {
            SIZE.remove();
        }
        return n[0];
    }

    private static final ThreadLocal<long[]> SIZE = new ThreadLocal<>();

    interface PdfWork {
        void write(OutputStream o) throws IOException;
    }

    /** Runs {@code work} into a stream that counts bytes and, while sampling, samples every 64 KB and at the end. */
    private static void io(PdfWork work) {
        long[] count = {0};
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                long before = count[0];
                count[0] += len;
                if (count[0] / 65_536 != before / 65_536) {
                    sample();
                }
            }
        };
        try {
            work.write(sink);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        sample();
        long[] size = SIZE.get();
        if (size != null) {
            size[0] = count[0];
        }
    }
}
