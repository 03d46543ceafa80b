package org.partnercenter.billing.statement;

import java.math.BigDecimal;
import org.partnercenter.billing.payment.InvoiceBalance;

/**
 * What has been paid on an invoice, the credit its issue consumed and what is left to pay, as its statement prints
 * them: payments' own figures ({@link InvoiceBalance}), so that the statement and the invoice never disagree.
 */
public record StatementFigures(BigDecimal paid, BigDecimal creditApplied, BigDecimal balanceDue) {

    static StatementFigures of(InvoiceBalance balance) {
        return new StatementFigures(balance.paidAmount(), balance.creditApplied(), balance.balanceAmount());
    }
}
