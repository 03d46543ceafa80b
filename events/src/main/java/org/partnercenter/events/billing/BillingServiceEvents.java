package org.partnercenter.events.billing;

import java.util.List;
import org.partnercenter.events.EventType;
import org.partnercenter.events.Topic;

/**
 * What billing-service publishes: the invoices a billing-period close issues, and the payments recorded against them
 * with the invoices' changes of payment status, each topic keyed by the partner so that one partner's events arrive in
 * the order they happened.
 */
public final class BillingServiceEvents {

    public static final Topic INVOICES = new Topic("partner-center.invoices", "billing-service", "partner tenant id");

    public static final EventType<InvoiceIssued> INVOICE_ISSUED = new EventType<>(INVOICES, "invoice.issued", 1,
            InvoiceIssued.class);

    public static final Topic PAYMENTS = new Topic("partner-center.payments", "billing-service", "partner tenant id");

    public static final EventType<PaymentRecorded> PAYMENT_RECORDED = new EventType<>(PAYMENTS, "payment.recorded", 1,
            PaymentRecorded.class);
    public static final EventType<InvoicePaid> INVOICE_PAID = new EventType<>(PAYMENTS, "invoice.paid", 1,
            InvoicePaid.class);
    public static final EventType<InvoiceOverdue> INVOICE_OVERDUE = new EventType<>(PAYMENTS, "invoice.overdue", 1,
            InvoiceOverdue.class);

    public static final List<EventType<?>> ALL = List.of(INVOICE_ISSUED, PAYMENT_RECORDED, INVOICE_PAID,
            INVOICE_OVERDUE);

    private BillingServiceEvents() {
    }
}
