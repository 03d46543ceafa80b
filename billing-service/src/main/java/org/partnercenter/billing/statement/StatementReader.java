package org.partnercenter.billing.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnercenter.billing.invoice.Invoice;
import org.partnercenter.billing.invoice.Invoices;
import org.partnercenter.billing.payment.InvoiceBalances;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.partner.PartnerDirectory;

/**
 * Reads a statement's figures for a caller allowed to read the invoice (the invoice reads' own checks: resellers
 * and roles first, then another partner's invoice is the same 404 as an unknown one).
 */
@ApplicationScoped
class StatementReader {

    private final Invoices invoices;
    private final StatementLines lines;
    private final PartnerDirectory partners;
    private final InvoiceBalances balances;

    StatementReader(Invoices invoices, StatementLines lines, PartnerDirectory partners, InvoiceBalances balances) {
        this.invoices = invoices;
        this.lines = lines;
        this.partners = partners;
        this.balances = balances;
    }

    @Transactional
    Statement read(Caller caller, String invoiceId) {
        Invoices.allow(caller);
        Invoice invoice = invoices.visible(caller, invoiceId);
        StatementParty partner = StatementParty.of(invoice.partnerTenantId,
                partners.find(invoice.partnerTenantId).orElse(null));
        return new Statement(invoice, partner, ResellerSummary.of(lines.perCustomer(invoice.id)),
                StatementFigures.of(balances.of(invoice)));
    }
}
