package org.partnercenter.billing.invoice;

import static org.partnercenter.billing.lineitem.QueryProblems.shown;
import static org.partnercenter.billing.lineitem.QueryProblems.trimmed;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.UUID;
import java.util.regex.Pattern;
import org.partnercenter.billing.lineitem.LenientQuery;
import org.partnercenter.billing.lineitem.QueryProblems;
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

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    static InvoiceQuery parse(Caller caller, LenientQuery query) {
        QueryProblems problems = new QueryProblems();
        String period = period(query.value(PERIOD), problems);
        UUID partner = caller.isOperator() ? partner(query.value(PARTNER), problems) : caller.partnerTenantId();
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
        return new InvoiceQuery(partner, period);
    }

    private static String period(String sent, QueryProblems problems) {
        String text = trimmed(sent);
        if (text == null) {
            return null;
        }
        try {
            if (MONTH.matcher(text).matches()) {
                return YearMonth.parse(text).toString();
            }
        } catch (DateTimeException e) {
            // reported below, with the value sent
        }
        problems.add(PERIOD, "must be a billing period, yyyy-MM such as 2026-11, got " + shown(sent));
        return null;
    }

    /** The operator may narrow the list to one partner. */
    private static UUID partner(String sent, QueryProblems problems) {
        String text = trimmed(sent);
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            problems.add(PARTNER, "must be a partner's tenant id (a GUID), got " + shown(sent));
            return null;
        }
    }
}
