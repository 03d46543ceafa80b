package org.partnercenter.billing.lineitem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.ProviderFeature;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.paging.PageLimits;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.paging.PagingConfig;

/**
 * The line items of a billing period not billed yet, as rating has written them so far (the current period's with
 * the late lines of periods already closed, see {@link LineItemRows#unbilled}). The caller is checked first, as
 * the gateway checks it (resellers use their provider's invoices; then the invoice roles), before any parameter is
 * read. A partner reads its own lines: an indirect provider's include its resellers' customers, whose lines are its
 * own (it is invoiced for them). The operator reads any one partner's.
 */
@ApplicationScoped
class UnbilledLineItems {

    /** The list's name for its page sizes ({@code partner-center.paging.lists.unbilled-lineitems.*}). */
    static final String LIST = "unbilled-lineitems";

    private final LineItemRows rows;
    private final PageLimits limits;
    private final Clock clock;

    UnbilledLineItems(LineItemRows rows, PagingConfig paging, Clock clock) {
        this.rows = rows;
        this.limits = paging.limits(LIST);
        this.clock = clock;
    }

    @Transactional
    Page<DailyRatedUsageLineItemView> list(Caller caller, LenientQuery parameters, String size,
            String continuation) {
        caller.refuseResellers(ProviderFeature.INVOICES);
        caller.require(Access.INVOICE_READ);
        UnbilledQuery query = UnbilledQuery.parse(caller, parameters, clock);
        PageRequest page = PageRequest.of(size, continuation, limits);
        if (query.type() == LineItemType.BILLING_LINE_ITEMS) {
            // One-time purchases (billing line items) do not exist in this system yet: none are unbilled.
            return new Page<>(List.of(), Optional.empty());
        }
        return rows.unbilled(query, page).map(DailyRatedUsageLineItems::view);
    }
}
