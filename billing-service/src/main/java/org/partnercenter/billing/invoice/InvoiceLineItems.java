package org.partnercenter.billing.invoice;

import static org.partnercenter.billing.lineitem.QueryProblems.shown;
import static org.partnercenter.billing.lineitem.QueryProblems.trimmed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.partnercenter.billing.lineitem.DailyRatedUsageLineItemView;
import org.partnercenter.billing.lineitem.DailyRatedUsageLineItems;
import org.partnercenter.billing.lineitem.LenientQuery;
import org.partnercenter.billing.lineitem.LineItemRows;
import org.partnercenter.billing.lineitem.LineItemType;
import org.partnercenter.billing.lineitem.QueryProblems;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.paging.PageLimits;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.paging.PagingConfig;

/**
 * The line items billed on an invoice, as the real API's billed reconciliation reads them: the provider and type
 * from the query ({@code provider=onetime&invoicelineitemtype=usagelineitems}) or from the SDK's path
 * ({@code /OneTime/UsageLineItems}), in any case. The invoice is found in the caller's scope before any parameter
 * is read, so that a parameter's error never tells that another partner's invoice exists.
 */
@ApplicationScoped
class InvoiceLineItems {

    /** The list's name for its page sizes ({@code partner-center.paging.lists.invoice-lineitems.*}). */
    static final String LIST = "invoice-lineitems";
    static final String CURRENCY = "currencycode";

    private final Invoices invoices;
    private final LineItemRows rows;
    private final PageLimits limits;

    InvoiceLineItems(Invoices invoices, LineItemRows rows, PagingConfig paging) {
        this.invoices = invoices;
        this.rows = rows;
        this.limits = paging.limits(LIST);
    }

    /**
     * @param provider the path's provider, or null to read the query's
     * @param type the path's line item type, or null to read the query's
     */
    @Transactional
    Page<DailyRatedUsageLineItemView> list(Caller caller, String invoiceId, String provider, String type,
            LenientQuery parameters, String continuation) {
        Invoices.allow(caller);
        Invoice invoice = invoices.visible(caller, invoiceId);
        QueryProblems problems = new QueryProblems();
        LineItemType kind = LineItemType.read(provider != null ? provider : parameters.value(LineItemType.PROVIDER),
                type != null ? type : parameters.value(LineItemType.TYPE), problems);
        String currency = trimmed(parameters.value(CURRENCY));
        if (currency != null && !currency.equalsIgnoreCase(invoice.currencyCode)) {
            problems.add(CURRENCY, "may be left out; when sent it must be the invoice's currency, "
                    + invoice.currencyCode + ", got " + shown(currency));
        }
        problems.throwIfAny();
        PageRequest page = PageRequest.of(parameters.value("size"), continuation, limits);
        if (kind == LineItemType.BILLING_LINE_ITEMS) {
            // One-time purchases (billing line items) do not exist in this system yet: none are billed.
            return new Page<>(List.of(), Optional.empty());
        }
        return rows.billed(invoice.id, page).map(DailyRatedUsageLineItems::view);
    }
}
