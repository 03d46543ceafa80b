package org.partnercenter.billing.lineitem;

import static org.partnercenter.billing.lineitem.QueryProblems.shown;
import static org.partnercenter.billing.lineitem.QueryProblems.trimmed;

import org.partnercenter.commons.json.WireEnums;

/**
 * The kinds of line items of the one-time (new commerce) provider, the only provider here, as the unbilled and the
 * billed reads both take them: {@code provider=onetime} and {@code invoicelineitemtype}, values in any case
 * ({@code OneTime}, {@code UsageLineItems}).
 */
public enum LineItemType {
    USAGE_LINE_ITEMS, BILLING_LINE_ITEMS;

    public static final String PROVIDER = "provider";
    public static final String TYPE = "invoicelineitemtype";

    /** The type asked for; null, with a problem for each bad parameter, when either is not one of these. */
    public static LineItemType read(String provider, String type, QueryProblems problems) {
        if (provider == null || !provider.trim().equalsIgnoreCase("onetime")) {
            problems.add(PROVIDER, "must be onetime (the only provider of daily rated usage), got "
                    + shown(provider));
        }
        LineItemType found = WireEnums.find(LineItemType.class, trimmed(type)).orElse(null);
        if (found == null) {
            problems.add(TYPE, "must be usagelineitems or billinglineitems, got " + shown(type));
        }
        return found;
    }
}
