package org.partnercenter.billing.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnercenter.commons.events.Outbox;
import org.partnercenter.events.billing.BillingServiceEvents;
import org.partnercenter.events.billing.InvoiceIssued;

/** Announces an issued invoice through the outbox, in the close's transaction: issued and announced, or neither. */
@ApplicationScoped
public class InvoiceIssuedEvents {

    private final Outbox outbox;

    InvoiceIssuedEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void issued(Invoice invoice) {
        outbox.publish(BillingServiceEvents.INVOICE_ISSUED, invoice.partnerTenantId.toString(), invoice.id,
                new InvoiceIssued(invoice.id, invoice.partnerTenantId, invoice.period, invoice.currencyCode,
                        invoice.invoiceDate, invoice.billingPeriodStart, invoice.billingPeriodEnd, invoice.dueDate,
                        invoice.subTotal, invoice.taxRate, invoice.taxTotal, invoice.totalCharges, invoice.paidAmount,
                        invoice.lineItemCount, invoice.usageRecordCount));
    }
}
