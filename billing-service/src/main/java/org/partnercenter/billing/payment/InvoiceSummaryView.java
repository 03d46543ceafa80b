package org.partnercenter.billing.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.partnercenter.commons.paging.ResourceAttributes;

/**
 * The real API's {@code InvoiceSummary} (get-invoice-summaries), in its names: a partner's balance in one currency
 * (what its invoices still owe), its first and latest invoice, its last payment, and {@code accountingDate}, when the
 * balance last changed (an invoice issued or a payment recorded). {@code details} repeats it per invoice type: every
 * invoice here is {@code OneTime}. Dates absent where nothing happened yet. The partner's unused credit (overpayments
 * waiting for its next invoice) is not taken off the balance: it pays that invoice, shown as its creditApplied.
 */
public record InvoiceSummaryView(BigDecimal balanceAmount, String currencyCode, String currencySymbol,
        Instant accountingDate, Instant firstInvoiceCreationDate, Instant lastPaymentDate,
        BigDecimal lastPaymentAmount, Instant latestInvoiceDate, List<Detail> details,
        ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "InvoiceSummary";

    /** One invoice type's summary. */
    public record Detail(String invoiceType, InvoiceSummaryView summary) {
    }

    /** The summary with its one detail, of the invoice type every invoice has. */
    InvoiceSummaryView withDetail(String invoiceType) {
        return new InvoiceSummaryView(balanceAmount, currencyCode, currencySymbol, accountingDate,
                firstInvoiceCreationDate, lastPaymentDate, lastPaymentAmount, latestInvoiceDate,
                List.of(new Detail(invoiceType, this)), attributes);
    }
}
