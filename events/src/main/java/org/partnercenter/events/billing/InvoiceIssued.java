package org.partnercenter.events.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The payload of {@code invoice.issued}: the whole invoice a billing-period close issued, written in the close's
 * transaction. An issued invoice never changes (payments are kept beside it), so the event is all a consumer needs:
 * statements and payments (issue 17) and partners' own integrations hold it without calling back for the invoice.
 * Money is in {@code currencyCode}; {@code paidAmount} is what was paid when it was issued, not kept up to date here.
 * Its line items stay behind {@code /v1/invoices/{id}/lineitems}: {@code lineItemCount} and {@code usageRecordCount}
 * say how many there are.
 */
public record InvoiceIssued(String invoiceId, UUID partnerTenantId, String billingPeriod, String currencyCode,
        Instant invoiceDate, Instant billingPeriodStartDate, Instant billingPeriodEndDate, Instant dueDate,
        BigDecimal subTotal, BigDecimal taxRate, BigDecimal taxTotal, BigDecimal totalCharges, BigDecimal paidAmount,
        int lineItemCount, long usageRecordCount) {
}
