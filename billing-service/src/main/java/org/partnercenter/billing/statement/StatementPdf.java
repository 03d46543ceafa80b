package org.partnercenter.billing.statement;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.partnercenter.billing.invoice.Invoice;

/**
 * Renders a statement as a PDF with PDFBox: to whom, the invoice's number, dates and currency, the customer table,
 * then subtotal, tax, total, amount paid and balance due. Every page carries its number.
 */
@ApplicationScoped
class StatementPdf {

    private static final float TEXT = 10;
    private static final float LABEL_WIDTH = 110;
    private static final float TOTALS_LEFT = 330;

    byte[] render(Statement statement) {
        Invoice invoice = statement.invoice();
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle("Invoice statement " + invoice.id);
            StatementFont font = new StatementFont(document);
            try (PageFlow flow = new PageFlow(document, font)) {
                addressee(flow, statement.partner());
                invoiceFacts(flow, invoice);
                new CustomerTable(flow, statement).write();
                totals(flow, invoice, statement.figures());
            }
            PageFlow.numberPages(document, font, "Invoice " + invoice.id + "    ");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the statement of invoice " + invoice.id, e);
        }
    }

    private static void addressee(PageFlow flow, StatementParty partner) throws IOException {
        flow.line(20);
        flow.left(PageFlow.LEFT, 18, "Invoice statement");
        flow.line(22);
        flow.fitted(PageFlow.LEFT, PageFlow.RIGHT - PageFlow.LEFT, 13, partner.name());
        for (String line : partner.addressLines()) {
            flow.line(13);
            flow.fitted(PageFlow.LEFT, PageFlow.RIGHT - PageFlow.LEFT, TEXT, line);
        }
        flow.gap(10);
    }

    private static void invoiceFacts(PageFlow flow, Invoice invoice) throws IOException {
        fact(flow, "Invoice number", invoice.id);
        fact(flow, "Invoice date", Amounts.day(invoice.invoiceDate));
        fact(flow, "Billing period", Amounts.day(invoice.billingPeriodStart) + " to "
                + Amounts.day(invoice.billingPeriodEnd) + " (" + invoice.period + ")");
        fact(flow, "Due date", Amounts.day(invoice.dueDate));
        fact(flow, "Currency", invoice.currencyCode);
        flow.gap(8);
    }

    private static void fact(PageFlow flow, String label, String value) throws IOException {
        flow.line(14);
        flow.left(PageFlow.LEFT, TEXT, label);
        flow.left(PageFlow.LEFT + LABEL_WIDTH, TEXT, value);
    }

    private static void totals(PageFlow flow, Invoice invoice, StatementFigures figures) throws IOException {
        flow.gap(12);
        total(flow, invoice, "Subtotal", invoice.subTotal);
        total(flow, invoice, "Tax (" + Amounts.percent(invoice.taxRate) + ")", invoice.taxTotal);
        total(flow, invoice, "Total", invoice.totalCharges);
        if (figures.creditApplied().signum() != 0) {
            total(flow, invoice, "Credit applied", figures.creditApplied());
        }
        total(flow, invoice, "Amount paid", figures.paid());
        total(flow, invoice, "Balance due", figures.balanceDue());
    }

    private static void total(PageFlow flow, Invoice invoice, String label, BigDecimal amount) throws IOException {
        flow.line(15);
        flow.left(TOTALS_LEFT, 11, label);
        flow.right(PageFlow.RIGHT, 11, Amounts.money(amount, invoice.currencyCode) + " " + invoice.currencyCode);
    }
}
