package org.partnercenter.e2e.support;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** The paged unbilled read of USD daily rated usage, for the billing period a usage instant falls in. */
public final class UnbilledLineItems {

    private UnbilledLineItems() {
    }

    /** {@code period=current} for usage of this UTC month, {@code previous} for last month's. */
    public static String pathFor(Instant usage) {
        String period = YearMonth.from(usage.atZone(ZoneOffset.UTC)).equals(YearMonth.now(ZoneOffset.UTC))
                ? "current" : "previous";
        return "/v1/invoices/unbilled/lineitems?provider=onetime&invoicelineitemtype=usagelineitems"
                + "&currencycode=USD&period=" + period;
    }
}
