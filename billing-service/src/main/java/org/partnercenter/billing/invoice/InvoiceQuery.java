package org.partnercenter.billing.invoice;

import static org.partnercenter.billing.lineitem.QueryProblems.shown;
import static org.partnercenter.billing.lineitem.QueryProblems.trimmed;

import java.util.UUID;
import org.partnercenter.billing.lineitem.LenientQuery;
import org.partnercenter.billing.lineitem.QueryProblems;
import org.partnercenter.billing.period.BillingPeriod;
import org.partnercenter.commons.caller.Caller;

/**
 * Which invoices {@code GET /v1/invoices} lists: a partner's own (the operator's: every partner's, or the one its
 * {@code partnerTenantId} names), of one billing period ({@code period=yyyy-MM}, as the close's operation links
 * them) or of all. The real API's {@code filter} (on InvoiceDate) and {@code offset} paging are not offered: a
 * client sending them is told so, rather than given a list that ignores them.
 *
 * @param partnerTenantId null for every partner's (the operator's only)
 * @param period {@code yyyy-MM}, or null for every period
 */
record InvoiceQuery(UUID partnerTenantId, String period) {

    static final String PERIOD = "period";
    static final String PARTNER = "partnerTenantId";
    static final String FILTER = "filter";
    static final String OFFSET = "offset";

    static InvoiceQuery parse(Caller caller, LenientQuery query) {
        QueryProblems problems = new QueryProblems();
        BillingPeriod billingPeriod = problems.period(PERIOD, query.value(PERIOD));
        // The operator may narrow the list to one partner.
        UUID partner = caller.isOperator() ? problems.tenantId(PARTNER, query.value(PARTNER))
                : caller.partnerTenantId();
        if (trimmed(query.value(FILTER)) != null) {
            problems.add(FILTER, "is not supported: list the invoices of a billing period with period=yyyy-MM, got "
                    + shown(query.value(FILTER)));
        }
        String offset = trimmed(query.value(OFFSET));
        if (offset != null && !offset.equals("0")) {
            problems.add(OFFSET, "is not supported: invoices page by the MS-ContinuationToken of links.next; send "
                    + "no offset (or 0), got " + shown(offset));
        }
        problems.throwIfAny();
        return new InvoiceQuery(partner, billingPeriod == null ? null : billingPeriod.id());
    }
}
