package org.partnercenter.billing.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import org.partnercenter.billing.invoice.Invoice;
import org.partnercenter.commons.events.Outbox;
import org.partnercenter.events.billing.BillingServiceEvents;
import org.partnercenter.events.billing.InvoiceOverdue;
import org.partnercenter.events.billing.InvoicePaid;
import org.partnercenter.events.billing.PaymentRecorded;

/** Announces payments and invoices' changes of payment status through the outbox, in the transaction that made them. */
@ApplicationScoped
class PaymentEvents {

    private final Outbox outbox;

    PaymentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void recorded(Payment payment, BigDecimal balanceAmount) {
        outbox.publish(BillingServiceEvents.PAYMENT_RECORDED, payment.partnerTenantId.toString(),
                payment.id.toString(), new PaymentRecorded(payment.id, payment.invoiceId, payment.partnerTenantId,
                        payment.amount, payment.currencyCode, payment.paymentDate, payment.reference,
                        payment.recordedAt, payment.creditedAmount, balanceAmount));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void paid(Invoice invoice, InvoicePaymentState state) {
        outbox.publish(BillingServiceEvents.INVOICE_PAID, invoice.partnerTenantId.toString(), invoice.id,
                new InvoicePaid(invoice.id, invoice.partnerTenantId, invoice.currencyCode, invoice.totalCharges,
                        invoice.creditApplied, state.paidAmount, state.paidAt));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void overdue(Invoice invoice, BigDecimal balanceAmount, Instant detectedAt) {
        outbox.publish(BillingServiceEvents.INVOICE_OVERDUE, invoice.partnerTenantId.toString(), invoice.id,
                new InvoiceOverdue(invoice.id, invoice.partnerTenantId, invoice.currencyCode, invoice.dueDate,
                        balanceAmount, detectedAt));
    }
}
