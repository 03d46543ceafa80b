package org.partnercenter.billing.statement;

import java.util.List;
import org.partnercenter.billing.invoice.Invoice;

/**
 * Everything an invoice statement prints, read in one transaction: the issued invoice (never changed after its
 * close), to whom it is addressed, its customers' totals grouped by reseller, and what is paid and due.
 */
record Statement(Invoice invoice, StatementParty partner, List<ResellerSummary> resellers, StatementFigures figures) {

    /** Reseller headings are printed only where some customer has a reseller: an indirect provider's statement. */
    boolean byReseller() {
        return resellers.stream().anyMatch(r -> r.resellerTenantId() != null);
    }
}
