package org.coopbank.statement;

import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.coopbank.shared.AccountNumbers;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.IndianFormat;
import org.coopbank.shared.Money;

/**
 * Writes a statement as an A4 PDF straight to a stream, line by line: each row is drawn onto the current page's
 * canvas (no layout engine, no cell objects), a full page is decorated and flushed to the stream at once, so one page
 * is held whatever the number of lines. Every page carries the bank's mark and name, the masked account and period,
 * the verification code, the generated-at time (IST), "Page n of N" and the table header; N is a placeholder form
 * drawn once when the document closes, so no page has to wait for it. The first page has the details and the opening
 * balance, the end has the closing balance, the totals and a note. Long particulars wrap onto more lines. Amounts say
 * "Rs." because the standard PDF fonts have no rupee glyph. Container-free.
 */
final class StatementPdf {

    private static final DeviceRgb NAVY = new DeviceRgb(0x24, 0x3b, 0x53);
    private static final DeviceRgb GOLD = new DeviceRgb(0xc8, 0x9b, 0x3c);
    private static final DeviceRgb RULE = new DeviceRgb(0xd5, 0xdb, 0xe1);
    private static final DeviceRgb SHADE = new DeviceRgb(0xee, 0xf1, 0xf4);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(BusinessClock.ZONE);
    private static final float MARGIN = 36;
    private static final float TOP = 92;
    private static final float BOTTOM = 54;

    private StatementPdf() {
    }

    /** What writing found, for the caller to check against the summary it printed. */
    record Written(long count, Money debits, Money credits, Money closing, int pages) {
    }

    static Written write(StatementSummary s, Instant generatedAt, Iterator<StatementLine> lines, OutputStream out)
            throws IOException {
        PdfWriter writer = new PdfWriter(out, new WriterProperties().setFullCompressionMode(true));
        writer.setCloseStream(false); // the caller's stream (a servlet response) stays the caller's to close
        PdfDocument pdf = new PdfDocument(writer);
        pdf.getDocumentInfo().setTitle("Statement " + s.maskedAccount() + " " + s.from() + " to " + s.to())
                .setAuthor("Co-operative Bank");
        PdfFont regular = PdfFontFactory.createFont(StandardFonts.HELVETICA);
        PdfFont bold = PdfFontFactory.createFont(StandardFonts.HELVETICA_BOLD);
        Decorations decorations = new Decorations(s, WHEN.format(generatedAt) + " IST", regular, bold);
        pdf.addEventHandler(PdfDocumentEvent.START_DOCUMENT_CLOSING, decorations);
        Pages p = new Pages(pdf, decorations, regular, bold);

        p.text(bold, 14, NAVY, "Statement of account", MARGIN, p.y - 14);
        p.y -= 24;
        float w = p.right - MARGIN;
        float[] pairCols = {MARGIN, MARGIN + w * 0.18f, MARGIN + w * 0.50f, MARGIN + w * 0.68f};
        String[][] details = {
            {"Customer", s.customerName(), "Customer no.", s.customerNumber()},
            {"Account", s.maskedAccount() + " (" + s.accountType().toLowerCase(Locale.ENGLISH) + ")", "Branch", s.branch()},
            {"Period", LONG_DAY.format(s.from()) + " to " + LONG_DAY.format(s.to()), "Currency", "INR (Rs.)"},
            {"Opening balance", "Rs. " + IndianFormat.grouped(s.opening()), "Closing balance",
                "Rs. " + IndianFormat.grouped(s.closing())}};
        for (String[] d : details) {
            for (int i = 0; i < 4; i++) {
                p.text(i % 2 == 0 ? bold : regular, SIZE, ColorConstants.BLACK, d[i] == null ? "" : d[i],
                        pairCols[i] + 1.5f, p.y - LEADING + 2);
            }
            p.y -= LEADING + 3;
        }
        p.y -= 10;
        p.tableHeader();
        p.row(new String[] {DAY.format(s.from()), "Opening balance", "", "", "", IndianFormat.grouped(s.opening())}, bold);

        long count = 0;
        Money debits = Money.ZERO;
        Money credits = Money.ZERO;
        Money balance = s.opening();
        while (lines.hasNext()) {
            StatementLine l = lines.next();
            balance = balance.plus(l.signedAmount());
            if (!balance.equals(l.balanceAfter())) {
                throw new IllegalStateException("Subledger line " + l.id() + " of " + s.maskedAccount()
                        + " does not follow from the line before it: the statement is not issued");
            }
            String amount = IndianFormat.grouped(l.amount());
            if (l.isCredit()) {
                credits = credits.plus(l.amount());
            } else {
                debits = debits.plus(l.amount());
            }
            p.row(new String[] {DAY.format(l.txnDate()), masked(l.narration()), String.valueOf(l.entryId()),
                l.isCredit() ? "" : amount, l.isCredit() ? amount : "", IndianFormat.grouped(l.balanceAfter())}, null);
            count++;
        }
        p.row(new String[] {DAY.format(s.to()), "Closing balance", "", "", "", IndianFormat.grouped(balance)}, bold);

        String[] heads = {"Transactions", "Total debits", "Total credits", "Closing balance"};
        String[] values = {String.valueOf(count), "Rs. " + IndianFormat.grouped(debits),
            "Rs. " + IndianFormat.grouped(credits), "Rs. " + IndianFormat.grouped(balance)};
        String note = "This statement is computer generated and needs no signature. Account numbers are shown "
                + "masked. Any branch can check that it is genuine: staff enter the account, the period, the closing "
                + "balance and the verification code " + s.verificationCode() + " printed on every page. Please "
                + "report any entry you do not recognise within 30 days.";
        List<String> noteLines = wrap(regular, 7.5f, note, w);
        float boxH = 2 * (LEADING + 4);
        p.ensure(10 + boxH + 10 + noteLines.size() * 9.5f);
        p.y -= 10;
        float colW = w / 4;
        PdfCanvas c = p.canvas;
        c.setFillColor(SHADE).rectangle(MARGIN, p.y - LEADING - 4, w, LEADING + 4).fill();
        c.setStrokeColor(RULE).setLineWidth(0.5f);
        c.rectangle(MARGIN, p.y - boxH, w, boxH).stroke();
        c.moveTo(MARGIN, p.y - LEADING - 4).lineTo(MARGIN + w, p.y - LEADING - 4).stroke();
        for (int i = 1; i < 4; i++) {
            c.moveTo(MARGIN + colW * i, p.y).lineTo(MARGIN + colW * i, p.y - boxH).stroke();
        }
        for (int i = 0; i < 4; i++) {
            p.text(bold, SIZE, ColorConstants.BLACK, heads[i], MARGIN + colW * i + PAD, p.y - LEADING + 1);
        }
        for (int i = 0; i < 4; i++) {
            p.text(regular, SIZE, ColorConstants.BLACK, values[i], MARGIN + colW * i + PAD, p.y - 2 * LEADING - 3);
        }
        p.y -= boxH + 10;
        for (String line : noteLines) {
            p.text(regular, 7.5f, ColorConstants.BLACK, line, MARGIN, p.y - 8);
            p.y -= 9.5f;
        }
        p.finishPage();
        pdf.close();
        return new Written(count, debits, credits, balance, decorations.pages);
    }

    private static final float SIZE = 8.5f;
    private static final float LEADING = 10.5f;
    private static final float PAD = 3;
    private static final float ROW_PAD = 1.5f;
    private static final float[] COLUMNS = {11, 41, 9, 13, 13, 13};
    private static final String[] HEADS = {"Date", "Particulars", "Ref.", "Debit", "Credit", "Balance"};

    /**
     * The pages as they are drawn: a cursor {@code y} going down the current page, a new page (with the table
     * header again) when a row does not fit, and each page decorated and flushed to the stream as soon as it is full,
     * so only one page is ever held. Drawn straight onto the page's canvas: no layout engine, no cell objects.
     */
    private static final class Pages {
        final PdfDocument pdf;
        final Decorations decorations;
        final PdfFont regular;
        final PdfFont bold;
        final float right;
        final float[] x = new float[COLUMNS.length + 1];
        PdfPage page;
        PdfCanvas canvas;
        float y;
        boolean inTable;

        Pages(PdfDocument pdf, Decorations decorations, PdfFont regular, PdfFont bold) {
            this.pdf = pdf;
            this.decorations = decorations;
            this.regular = regular;
            this.bold = bold;
            this.right = PageSize.A4.getWidth() - MARGIN;
            float w = right - MARGIN;
            x[0] = MARGIN;
            for (int i = 0; i < COLUMNS.length; i++) {
                x[i + 1] = x[i] + w * COLUMNS[i] / 100;
            }
            newPage();
        }

        void newPage() {
            finishPage();
            page = pdf.addNewPage(PageSize.A4);
            canvas = new PdfCanvas(page);
            y = PageSize.A4.getHeight() - TOP;
            if (inTable) {
                tableHeader();
            }
        }

        void finishPage() {
            if (page != null) {
                canvas.release();
                decorations.decorate(pdf, page);
                page.flush();
                page = null;
            }
        }

        /** Starts a new page unless {@code height} more points fit on this one. */
        void ensure(float height) {
            if (y - height < BOTTOM) {
                newPage();
            }
        }

        void tableHeader() {
            inTable = true;
            ensure(LEADING + 6 + 2 * (LEADING + 2 * ROW_PAD));
            float h = LEADING + 6;
            canvas.setFillColor(NAVY).rectangle(MARGIN, y - h, right - MARGIN, h).fill();
            for (int i = 0; i < HEADS.length; i++) {
                cell(i, HEADS[i], bold, ColorConstants.WHITE, y - h + 4.5f);
            }
            y -= h;
        }

        void row(String[] v, PdfFont font) {
            PdfFont f = font == null ? regular : font;
            List<String> particulars = wrap(f, SIZE, v[1], x[2] - x[1] - 2 * PAD);
            float h = particulars.size() * LEADING + 2 * ROW_PAD + 1;
            ensure(h);
            float base = y - ROW_PAD - LEADING + 2.5f;
            for (int i = 0; i < v.length; i++) {
                if (i == 1) {
                    for (int j = 0; j < particulars.size(); j++) {
                        cell(1, particulars.get(j), f, ColorConstants.BLACK, base - j * LEADING);
                    }
                } else {
                    cell(i, v[i], f, ColorConstants.BLACK, base);
                }
            }
            y -= h;
            canvas.setStrokeColor(RULE).setLineWidth(0.5f).moveTo(MARGIN, y).lineTo(right, y).stroke();
        }

        private void cell(int col, String text, PdfFont f, com.itextpdf.kernel.colors.Color color, float baseline) {
            if (text == null || text.isEmpty()) {
                return;
            }
            float tx = col >= 3 ? x[col + 1] - PAD - f.getWidth(text, SIZE) : x[col] + PAD;
            this.text(f, SIZE, color, text, tx, baseline);
        }

        void text(PdfFont f, float size, com.itextpdf.kernel.colors.Color color, String text, float tx, float baseline) {
            canvas.setFillColor(color).beginText().setFontAndSize(f, size).moveText(tx, baseline).showText(text).endText();
        }
    }

    /** Breaks {@code text} into lines no wider than {@code width} at spaces (a word longer than a line is cut). */
    static List<String> wrap(PdfFont font, float size, String text, float width) {
        List<String> out = new ArrayList<>(1);
        if (text == null || text.isEmpty() || font.getWidth(text, size) <= width) {
            out.add(text == null ? "" : text);
            return out;
        }
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (font.getWidth(candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
            }
            while (font.getWidth(word, size) > width) {
                int cut = word.length() - 1;
                while (cut > 1 && font.getWidth(word.substring(0, cut), size) > width) {
                    cut--;
                }
                out.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line.append(word);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    /** Masks anything in free text that could be a full account number, by the portal's rule ({@link AccountNumbers#maskInText}). */
    static String masked(String narration) {
        if (narration == null) {
            return "";
        }
        return AccountNumbers.maskInText(narration);
    }

    /**
     * Draws the header and footer of each page as it ends (before it is flushed), and the total page count into the
     * shared placeholder when the document starts closing.
     */
    private static final class Decorations extends AbstractPdfDocumentEventHandler {

        private final StatementSummary s;
        private final String generated;
        private final PdfFont regular;
        private final PdfFont bold;
        private final PdfFormXObject total = new PdfFormXObject(new Rectangle(0, 0, 40, 10));
        private int pages;

        Decorations(StatementSummary s, String generated, PdfFont regular, PdfFont bold) {
            this.s = s;
            this.generated = generated;
            this.regular = regular;
            this.bold = bold;
        }

        @Override
        protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
            PdfDocumentEvent e = (PdfDocumentEvent) event;
            if (PdfDocumentEvent.START_DOCUMENT_CLOSING.equals(e.getType())) {
                pages = e.getDocument().getNumberOfPages();
                PdfCanvas c = new PdfCanvas(total, e.getDocument());
                text(c, regular, 7.5f, String.valueOf(pages), 0, 2);
                c.release();
            }
        }

        void decorate(PdfDocument pdf, PdfPage page) {
            Rectangle size = page.getPageSize();
            float top = size.getTop();
            float right = size.getRight() - MARGIN;
            PdfCanvas c = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
            logo(c, MARGIN, top - 68, 38);
            c.setFillColor(NAVY);
            text(c, bold, 16, "Co-operative Bank", MARGIN + 48, top - 48);
            c.setFillColor(ColorConstants.DARK_GRAY);
            text(c, regular, 8, "Account statement", MARGIN + 48, top - 62);
            rightText(c, bold, 9, s.maskedAccount() + "  " + s.customerName(), right, top - 48);
            rightText(c, regular, 8, LONG_DAY.format(s.from()) + " to " + LONG_DAY.format(s.to()), right, top - 62);
            c.setStrokeColor(NAVY).setLineWidth(0.8f).moveTo(MARGIN, top - 76).lineTo(right, top - 76).stroke();

            float y = 26;
            c.setStrokeColor(RULE).setLineWidth(0.5f).moveTo(MARGIN, y + 14).lineTo(right, y + 14).stroke();
            c.setFillColor(NAVY);
            text(c, bold, 7.5f, "Verification code " + s.verificationCode(), MARGIN, y);
            c.setFillColor(ColorConstants.DARK_GRAY);
            String gen = "Generated " + generated;
            text(c, regular, 7.5f, gen, (size.getWidth() - regular.getWidth(gen, 7.5f)) / 2, y);
            String pageOf = "Page " + pdf.getPageNumber(page) + " of ";
            float w = regular.getWidth(pageOf, 7.5f);
            float slot = regular.getWidth("0000", 7.5f);
            text(c, regular, 7.5f, pageOf, right - slot - w, y);
            c.addXObjectAt(total, right - slot, y - 2);
            c.release();
        }

        /** The bank's mark: a navy tile with a white pediment, three columns and a base, and a gold sill. */
        private static void logo(PdfCanvas c, float x, float y, float size) {
            c.saveState();
            c.setFillColor(NAVY).roundRectangle(x, y, size, size, size * 0.18f).fill();
            c.setFillColor(ColorConstants.WHITE);
            float l = x + size * 0.16f;
            float r = x + size * 0.84f;
            c.moveTo(l, y + size * 0.62f).lineTo(x + size / 2, y + size * 0.84f).lineTo(r, y + size * 0.62f).closePath().fill();
            float colW = size * 0.1f;
            for (int i = 0; i < 3; i++) {
                float cx = x + size * (0.25f + 0.25f * i) - colW / 2;
                c.rectangle(cx, y + size * 0.28f, colW, size * 0.3f).fill();
            }
            c.rectangle(l, y + size * 0.2f, r - l, size * 0.06f).fill();
            c.setFillColor(GOLD).rectangle(l, y + size * 0.12f, r - l, size * 0.04f).fill();
            c.restoreState();
        }

        private static void text(PdfCanvas c, PdfFont font, float size, String text, float x, float y) {
            c.beginText().setFontAndSize(font, size).moveText(x, y).showText(text).endText();
        }

        private static void rightText(PdfCanvas c, PdfFont font, float size, String text, float right, float y) {
            text(c, font, size, text, right - font.getWidth(text, size), y);
        }
    }
}
