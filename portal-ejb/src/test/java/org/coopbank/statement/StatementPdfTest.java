package org.coopbank.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coopbank.account.AccountTransaction.Direction;
import org.coopbank.shared.Money;
import org.junit.jupiter.api.Test;

class StatementPdfTest {

    static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    static final LocalDate TO = LocalDate.of(2027, 3, 31);

    /** {@code n} lines over the year, alternating credits and debits, starting from {@code opening}. */
    static List<StatementLine> lines(int n, Money opening) {
        List<StatementLine> out = new ArrayList<>(n);
        Money balance = opening;
        for (int i = 0; i < n; i++) {
            boolean credit = i % 3 != 2;
            Money amount = Money.ofPaise(10_000 + (i * 7919L) % 500_000);
            balance = credit ? balance.plus(amount) : balance.minus(amount);
            out.add(new StatementLine((long) i + 1, FROM.plusDays((long) i * 365 / n), credit ? "Cash deposit" : "UPI to 001100000123",
                    credit ? Direction.CREDIT : Direction.DEBIT, amount, balance, 1000L + i));
        }
        return out;
    }

    static StatementSummary summary(List<StatementLine> lines, Money opening) {
        Money debits = Money.ZERO;
        Money credits = Money.ZERO;
        for (StatementLine l : lines) {
            if (l.isCredit()) {
                credits = credits.plus(l.amount());
            } else {
                debits = debits.plus(l.amount());
            }
        }
        Money closing = lines.isEmpty() ? opening : lines.get(lines.size() - 1).balanceAfter();
        return new StatementSummary(1, "XXXX0123", "SAVINGS", "Asha Patil", "C000001", "001 Head Office", FROM, TO,
                opening, debits, credits, lines.size(), closing, "CBV-AAAA-BBBB-CCCC");
    }

    @Test
    void aYearOfFiveThousandLines_readsBackWithEveryLine_pageNumbers_andTheTotals() throws Exception {
        Money opening = Money.of("100000.00");
        List<StatementLine> lines = lines(5000, opening);
        StatementSummary s = summary(lines, opening);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatementPdf.Written w = StatementPdf.write(s, Instant.parse("2027-04-01T06:30:00Z"), lines.iterator(), out);
        assertEquals(5000, w.count());
        assertEquals(s.closing(), w.closing());
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            int pages = pdf.getNumberOfPages();
            assertEquals(w.pages(), pages);
            assertTrue(pages > 50, "pages: " + pages);
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Page 1 of " + pages), "page numbers");
            assertTrue(text.contains("Page " + pages + " of " + pages));
            assertTrue(text.contains("Generated 1 Apr 2027, 12:00 IST"));
            assertEquals(pages, count(text, "Verification code CBV-AAAA-BBBB-CCCC"), "the code on every page");
            assertEquals(pages, count(text, "Co-operative Bank"), "the bank on every page");
            assertTrue(text.contains("Opening balance Rs. 1,00,000.00"), text.substring(0, 600));
            assertTrue(text.contains("Rs. " + org.coopbank.shared.IndianFormat.grouped(s.totalDebits())));
            assertFalse(text.contains("001100000123"), "a full account number in a narration is masked");
            assertEquals(5000 * 2 / 3 + 1, count(text, "Cash deposit") + 0, "every credit line");
        }
    }

    @Test
    void aLineThatDoesNotFollowFromTheOneBefore_stopsTheStatement() {
        Money opening = Money.of("10.00");
        List<StatementLine> lines = new ArrayList<>(lines(3, opening));
        StatementLine bad = lines.get(1);
        lines.set(1, new StatementLine(bad.id(), bad.txnDate(), bad.narration(), bad.direction(), bad.amount(),
                bad.balanceAfter().plus(Money.of(1)), bad.entryId()));
        assertThrows(IllegalStateException.class, () -> StatementPdf.write(summary(lines, opening), Instant.now(),
                lines.iterator(), new ByteArrayOutputStream()));
    }

    static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
