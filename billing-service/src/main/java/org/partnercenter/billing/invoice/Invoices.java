package org.partnercenter.billing.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.regex.Pattern;
import org.partnercenter.billing.lineitem.LenientQuery;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.ProviderFeature;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.input.Excerpt;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.paging.PageLimits;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.paging.PagingConfig;

/**
 * A caller's issued invoices. The caller is checked first, as the gateway checks it (resellers use their
 * provider's invoices; then the invoice roles), before any parameter is read. A partner reads its own invoices (an
 * indirect provider's cover its resellers' customers); the operator reads every partner's. An invoice outside the
 * caller's scope answers the same 404 as one that does not exist.
 */
@ApplicationScoped
public class Invoices {

    /** The list's name for its page sizes ({@code partner-center.paging.lists.invoices.*}). */
    static final String LIST = "invoices";

    /** Ids are {@code G} and nine digits; anything far from that is no invoice, and is never sent to the database. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9]{1,40}");

    private final InvoiceRows rows;
    private final PageLimits limits;

    Invoices(InvoiceRows rows, PagingConfig paging) {
        this.rows = rows;
        this.limits = paging.limits(LIST);
    }

    @Transactional
    Page<InvoiceView> list(Caller caller, LenientQuery parameters, String continuation) {
        allow(caller);
        InvoiceQuery query = InvoiceQuery.parse(caller, parameters);
        PageRequest page = PageRequest.of(parameters.value("size"), continuation, limits);
        return rows.newestFirst(query, page).map(InvoiceView::of);
    }

    @Transactional
    InvoiceView view(Caller caller, String id) {
        allow(caller);
        return InvoiceView.of(visible(caller, id));
    }

    /** Resellers are refused first, whatever their roles; then the roles that may read invoices. */
    public static void allow(Caller caller) {
        caller.refuseResellers(ProviderFeature.INVOICES);
        caller.require(Access.INVOICE_READ);
    }

    /** The invoice, when the caller (already allowed) may read it; else 404. */
    public Invoice visible(Caller caller, String id) {
        Invoice invoice = id == null || !ID.matcher(id).matches() ? null : rows.find(id).orElse(null);
        if (invoice == null || !caller.isOperator() && !invoice.partnerTenantId.equals(caller.partnerTenantId())) {
            throw ApiException.notFound("No invoice '" + Excerpt.of(id) + "' of yours exists. List your invoices "
                    + "with GET /v1/invoices and read one by the id it gives.");
        }
        return invoice;
    }
}
