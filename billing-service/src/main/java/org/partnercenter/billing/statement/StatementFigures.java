package org.partnercenter.billing.statement;

import java.math.BigDecimal;
import org.partnercenter.billing.invoice.Invoice;

/**
 * What has been paid on an invoice and what is left to pay, as its statement prints them: the one place a statement
 * takes them from. Until payments (issue 17) keep each invoice's paid amount, credit and balance, the invoice's own
 * {@code paidAmount} is all there is, and the balance is what it charged less that.
 */
public record StatementFigures(BigDecimal paid, BigDecimal balanceDue) {

    static StatementFigures of(Invoice invoice) {
        BigDecimal paid = invoice.paidAmount == null ? BigDecimal.ZERO : invoice.paidAmount;
        return new StatementFigures(paid, invoice.totalCharges.subtract(paid));
    }
}
