package org.partnercenter.billing.payment;

import java.math.BigDecimal;
import java.time.Instant;
import org.partnercenter.billing.invoice.Invoice;

/**
 * An invoice's amounts after its payments, at one moment: what was paid, the credit its issue consumed, what it still
 * owes ({@code totalCharges - creditApplied - paidAmount}, never below 0: an overpayment is the partner's credit, not
 * a negative balance) and its status.
 */
public record InvoiceBalance(BigDecimal paidAmount, BigDecimal creditApplied, BigDecimal balanceAmount,
        PaymentStatus paymentStatus) {

    static InvoiceBalance of(Invoice invoice, BigDecimal paidAmount, Instant now) {
        BigDecimal balance = owed(invoice, paidAmount);
        PaymentStatus status;
        if (balance.signum() == 0) {
            status = PaymentStatus.PAID;
        } else if (now.isAfter(invoice.dueDate)) {
            status = PaymentStatus.OVERDUE;
        } else if (paidAmount.add(invoice.creditApplied).signum() > 0) {
            status = PaymentStatus.PARTIALLY_PAID;
        } else {
            status = PaymentStatus.UNPAID;
        }
        return new InvoiceBalance(paidAmount, invoice.creditApplied, balance, status);
    }

    /** What the invoice still owes when {@code paidAmount} was paid: 0 at least. */
    static BigDecimal owed(Invoice invoice, BigDecimal paidAmount) {
        BigDecimal owed = invoice.totalCharges.subtract(invoice.creditApplied).subtract(paidAmount);
        return owed.signum() < 0 ? BigDecimal.ZERO : owed;
    }
}
