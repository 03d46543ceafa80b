package org.partnercenter.events.billing;

import java.util.List;
import org.partnercenter.events.EventType;
import org.partnercenter.events.Topic;

/**
 * What billing-service publishes: the invoices a billing-period close issues, keyed by their partner so that one
 * partner's invoices arrive in the order they were issued.
 */
public final class BillingServiceEvents {

    public static final Topic INVOICES = new Topic("partner-center.invoices", "billing-service", "partner tenant id");

    public static final EventType<InvoiceIssued> INVOICE_ISSUED = new EventType<>(INVOICES, "invoice.issued", 1,
            InvoiceIssued.class);

    public static final List<EventType<?>> ALL = List.of(INVOICE_ISSUED);

    private BillingServiceEvents() {
    }
}
