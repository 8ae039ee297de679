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
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Pattern;
import org.coopbank.shared.AccountNumbers;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.IndianFormat;
import org.coopbank.shared.Money;

/**
 * Writes a statement as an A4 PDF straight to a stream, line by line: iText's large-table mode lays out and flushes
 * every {@value #FLUSH_EVERY} rows and each finished page is written out, so memory stays bounded whatever the
 * number of lines. Every page carries the bank's mark and name, the masked account and period, the verification
 * code, the generated-at time (IST) and "Page n of N"; N is a placeholder form drawn once when the document closes,
 * so no page has to wait for it. The first page has the details and the opening balance, the end has the closing
 * balance and the totals. Amounts say "Rs." because the standard PDF fonts have no rupee glyph. Container-free.
 */
final class StatementPdf {

    static final int FLUSH_EVERY = 100;
    private static final DeviceRgb NAVY = new DeviceRgb(0x24, 0x3b, 0x53);
    private static final DeviceRgb GOLD = new DeviceRgb(0xc8, 0x9b, 0x3c);
    private static final DeviceRgb RULE = new DeviceRgb(0xd5, 0xdb, 0xe1);
    private static final DeviceRgb SHADE = new DeviceRgb(0xee, 0xf1, 0xf4);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(BusinessClock.ZONE);
    /** A run of 9 or more digits in a narration could be someone's full account number: it is masked too. */
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{9,}");
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
        pdf.addEventHandler(PdfDocumentEvent.END_PAGE, decorations);
        pdf.addEventHandler(PdfDocumentEvent.START_DOCUMENT_CLOSING, decorations);
        Document doc = new Document(pdf, PageSize.A4);
        doc.setMargins(TOP, MARGIN, BOTTOM, MARGIN);
        doc.setFont(regular).setFontSize(8.5f);

        doc.add(new Paragraph("Statement of account").setFont(bold).setFontSize(14).setFontColor(NAVY).setMarginTop(0));
        Table details = new Table(UnitValue.createPercentArray(new float[] {18, 32, 18, 32})).useAllAvailableWidth();
        pair(details, bold, "Customer", s.customerName(), "Customer no.", s.customerNumber());
        pair(details, bold, "Account", s.maskedAccount() + " (" + s.accountType().toLowerCase(Locale.ENGLISH) + ")",
                "Branch", s.branch());
        pair(details, bold, "Period", LONG_DAY.format(s.from()) + " to " + LONG_DAY.format(s.to()),
                "Currency", "INR (Rs.)");
        pair(details, bold, "Opening balance", "Rs. " + IndianFormat.grouped(s.opening()),
                "Closing balance", "Rs. " + IndianFormat.grouped(s.closing()));
        doc.add(details.setMarginBottom(10));

        Border rule = new SolidBorder(RULE, 0.5f);
        Table table = new Table(UnitValue.createPercentArray(new float[] {11, 41, 9, 13, 13, 13}), true)
                .useAllAvailableWidth();
        String[] heads = {"Date", "Particulars", "Ref.", "Debit", "Credit", "Balance"};
        for (int i = 0; i < heads.length; i++) {
            table.addHeaderCell(new Cell().add(new Paragraph(heads[i])).setFont(bold).setFontColor(ColorConstants.WHITE)
                    .setBackgroundColor(NAVY).setBorder(Border.NO_BORDER).setPadding(3)
                    .setTextAlignment(i >= 3 ? TextAlignment.RIGHT : TextAlignment.LEFT));
        }
        doc.add(table);
        row(table, rule, DAY.format(s.from()), "Opening balance", "", "", "", IndianFormat.grouped(s.opening()), bold);

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
            row(table, rule, DAY.format(l.txnDate()), masked(l.narration()), String.valueOf(l.entryId()),
                    l.isCredit() ? "" : amount, l.isCredit() ? amount : "", IndianFormat.grouped(l.balanceAfter()), null);
            if (++count % FLUSH_EVERY == 0) {
                table.flush();
            }
        }
        row(table, rule, DAY.format(s.to()), "Closing balance", "", "", "", IndianFormat.grouped(balance), bold);
        table.complete();

        Table totals = new Table(UnitValue.createPercentArray(new float[] {25, 25, 25, 25})).useAllAvailableWidth()
                .setMarginTop(10).setKeepTogether(true);
        for (String h : new String[] {"Transactions", "Total debits", "Total credits", "Closing balance"}) {
            totals.addCell(new Cell().add(new Paragraph(h)).setFont(bold).setBackgroundColor(SHADE).setBorder(rule));
        }
        for (String v : new String[] {String.valueOf(count), "Rs. " + IndianFormat.grouped(debits),
                "Rs. " + IndianFormat.grouped(credits), "Rs. " + IndianFormat.grouped(balance)}) {
            totals.addCell(new Cell().add(new Paragraph(v)).setBorder(rule));
        }
        doc.add(totals);
        doc.add(new Paragraph("This statement is computer generated and needs no signature. Account numbers are shown "
                + "masked. Any branch can check that it is genuine: staff enter the account, the period, the closing "
                + "balance and the verification code " + s.verificationCode() + " printed on every page. Please "
                + "report any entry you do not recognise within 30 days.").setFontSize(7.5f).setMarginTop(10));
        doc.close();
        return new Written(count, debits, credits, balance, decorations.pages);
    }

    /** Masks anything in free text that could be a full account number (9 or more digits in a row). */
    static String masked(String narration) {
        if (narration == null) {
            return "";
        }
        return LONG_NUMBER.matcher(narration).replaceAll(m -> AccountNumbers.mask(m.group()));
    }

    private static void row(Table t, Border rule, String date, String text, String ref, String debit, String credit,
                            String balance, PdfFont font) {
        String[] v = {date, text, ref, debit, credit, balance};
        for (int i = 0; i < v.length; i++) {
            Cell c = new Cell().add(new Paragraph(v[i])).setBorder(Border.NO_BORDER).setBorderBottom(rule)
                    .setPaddingTop(1.5f).setPaddingBottom(1.5f);
            if (i >= 3) {
                c.setTextAlignment(TextAlignment.RIGHT);
            }
            if (font != null) {
                c.setFont(font);
            }
            t.addCell(c);
        }
    }

    private static void pair(Table t, PdfFont bold, String l1, String v1, String l2, String v2) {
        t.addCell(new Cell().add(new Paragraph(l1)).setFont(bold).setBorder(Border.NO_BORDER).setPadding(1.5f));
        t.addCell(new Cell().add(new Paragraph(v1 == null ? "" : v1)).setBorder(Border.NO_BORDER).setPadding(1.5f));
        t.addCell(new Cell().add(new Paragraph(l2)).setFont(bold).setBorder(Border.NO_BORDER).setPadding(1.5f));
        t.addCell(new Cell().add(new Paragraph(v2 == null ? "" : v2)).setBorder(Border.NO_BORDER).setPadding(1.5f));
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
            } else {
                decorate(e.getDocument(), e.getPage());
            }
        }

        private void decorate(PdfDocument pdf, PdfPage page) {
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
