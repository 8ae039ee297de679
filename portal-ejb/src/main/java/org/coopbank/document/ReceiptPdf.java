package org.coopbank.document;

import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.IndianFormat;

/**
 * A counter receipt on an A5 page: the bank's header, receipt number, date and time, branch and cashier, then per
 * customer account line the customer, the masked account, what happened, the amount and the balance after.
 * Amounts say "Rs." because the standard PDF fonts have no rupee glyph.
 */
final class ReceiptPdf {

    private static final DeviceRgb NAVY = new DeviceRgb(0x24, 0x3b, 0x53);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH)
            .withZone(BusinessClock.ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private ReceiptPdf() {
    }

    static void write(ReceiptView r, OutputStream out) throws IOException {
        PdfWriter writer = new PdfWriter(out, new WriterProperties().addXmpMetadata());
        try (PdfDocument pdf = new PdfDocument(writer); Document doc = new Document(pdf, PageSize.A5)) {
            pdf.getDocumentInfo().setTitle("Receipt " + r.entryId()).setAuthor("Co-operative Bank");
            PdfFont bold = PdfFontFactory.createFont(StandardFonts.HELVETICA_BOLD);
            PdfFont regular = PdfFontFactory.createFont(StandardFonts.HELVETICA);
            doc.setFont(regular).setFontSize(9);
            doc.add(new Paragraph("Co-operative Bank").setFont(bold).setFontSize(16).setFontColor(NAVY).setMarginBottom(0));
            doc.add(new Paragraph("Counter receipt").setFontSize(11).setMarginTop(0));
            Table head = new Table(UnitValue.createPercentArray(new float[] {35, 65})).useAllAvailableWidth();
            row(head, bold, "Receipt no.", String.valueOf(r.entryId()));
            row(head, bold, "Business date", DAY.format(r.businessDate()));
            row(head, bold, "Posted at", WHEN.format(r.postedAt()) + " IST");
            row(head, bold, "Branch", r.branch());
            row(head, bold, "Cashier", r.postedBy());
            row(head, bold, "Transaction", r.eventType().replace('_', ' ').toLowerCase(Locale.ENGLISH));
            row(head, bold, "Narration", r.narration());
            doc.add(head.setMarginBottom(8));
            Table lines = new Table(UnitValue.createPercentArray(new float[] {30, 22, 14, 17, 17})).useAllAvailableWidth();
            for (String h : new String[] {"Customer", "Account", "", "Amount", "Balance after"}) {
                lines.addHeaderCell(new Cell().add(new Paragraph(h).setFont(bold)).setBorder(new SolidBorder(NAVY, 0.5f)));
            }
            for (ReceiptView.Line l : r.lines()) {
                lines.addCell(cell(l.customerName()));
                lines.addCell(cell(l.maskedAccount() + " " + l.accountType().toLowerCase(Locale.ENGLISH)));
                lines.addCell(cell("CREDIT".equals(l.direction()) ? "credit" : "debit"));
                lines.addCell(cell("Rs. " + IndianFormat.grouped(l.amount())).setTextAlignment(TextAlignment.RIGHT));
                lines.addCell(cell("Rs. " + IndianFormat.grouped(l.balanceAfter())).setTextAlignment(TextAlignment.RIGHT));
            }
            doc.add(lines);
            doc.add(new Paragraph("This receipt is computer generated and needs no signature. Keep it until the "
                    + "transaction shows in your passbook or statement.").setFontSize(7).setMarginTop(12));
        }
    }

    private static void row(Table t, PdfFont bold, String label, String value) {
        t.addCell(new Cell().add(new Paragraph(label).setFont(bold)).setBorder(com.itextpdf.layout.borders.Border.NO_BORDER));
        t.addCell(new Cell().add(new Paragraph(value == null ? "" : value)).setBorder(com.itextpdf.layout.borders.Border.NO_BORDER));
    }

    private static Cell cell(String text) {
        return new Cell().add(new Paragraph(text)).setBorder(new SolidBorder(new DeviceRgb(0xd5, 0xdb, 0xe1), 0.5f));
    }
}
