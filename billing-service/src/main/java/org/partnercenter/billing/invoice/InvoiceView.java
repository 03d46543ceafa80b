package org.partnercenter.billing.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.partnercenter.billing.payment.InvoiceBalance;
import org.partnercenter.billing.payment.PaymentStatus;
import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceAttributes;

/**
 * The real API's {@code Invoice} (get-invoice-by-id), in its names: an issued invoice, one detail per kind of line
 * item on it (daily rated usage, of the one-time provider: the only kind here), its statement's link. Ours beside
 * them: {@code subTotal} (the sum of its lines), {@code taxTotal}, {@code dueDate}, and its payment state now:
 * {@code creditApplied} (the partner's credit its issue consumed), {@code balanceAmount} and {@code paymentStatus}.
 * Money written plain.
 */
public record InvoiceView(String id, Instant invoiceDate, Instant billingPeriodStartDate,
        Instant billingPeriodEndDate, BigDecimal subTotal, BigDecimal taxTotal, BigDecimal totalCharges,
        BigDecimal paidAmount, BigDecimal creditApplied, BigDecimal balanceAmount, PaymentStatus paymentStatus,
        String currencyCode, String currencySymbol, Instant dueDate, String pdfDownloadLink,
        List<TaxReceipt> taxReceipts, List<InvoiceDetail> invoiceDetails, String documentType, String invoiceType,
        List<String> amendments, Links links, ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "Invoice";
    /** Invoices of the new commerce experience (usage-based Azure plans) are the real API's one-time ones. */
    public static final String INVOICE_TYPE = "OneTime";
    public static final String DOCUMENT_TYPE = "invoice";

    /** Where the invoice's line items of one kind are read. */
    public record InvoiceDetail(String invoiceLineItemType, String billingProvider, Links links,
            ResourceAttributes attributes) {

        public static final String OBJECT_TYPE = "InvoiceDetail";
    }

    /** A tax receipt's statement; none are issued here yet. */
    public record TaxReceipt(String id, String taxReceiptPdfDownloadLink) {
    }

    /** The invoice's own link, relative to {@code /v1} as every link. */
    public static String uri(String id) {
        return "/invoices/" + id;
    }

    static InvoiceView of(Invoice invoice, InvoiceBalance balance) {
        String self = uri(invoice.id);
        InvoiceDetail usage = new InvoiceDetail("usage_line_items", "one_time",
                Links.self(self + "/lineitems/OneTime/UsageLineItems"),
                ResourceAttributes.of(InvoiceDetail.OBJECT_TYPE));
        return new InvoiceView(invoice.id, invoice.invoiceDate, invoice.billingPeriodStart, invoice.billingPeriodEnd,
                invoice.subTotal, invoice.taxTotal, invoice.totalCharges, balance.paidAmount(), balance.creditApplied(),
                balance.balanceAmount(), balance.paymentStatus(), invoice.currencyCode, symbol(invoice.currencyCode),
                invoice.dueDate, self + "/documents/statement", List.of(), List.of(usage), DOCUMENT_TYPE, INVOICE_TYPE,
                List.of(), Links.self(self), ResourceAttributes.of(OBJECT_TYPE));
    }

    /** As an American reader sees it ({@code $}, {@code €}, {@code £}), the real API's symbols being English. */
    public static String symbol(String currencyCode) {
        try {
            return Currency.getInstance(currencyCode).getSymbol(Locale.US);
        } catch (IllegalArgumentException | NullPointerException e) {
            return currencyCode;
        }
    }
}
