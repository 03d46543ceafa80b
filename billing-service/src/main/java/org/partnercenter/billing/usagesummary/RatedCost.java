package org.partnercenter.billing.usagesummary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Currency;

/**
 * What rated usage cost so far in a period: the exact sum of its line items' totals in the partner's billing
 * currency and in USD (the price lists' currency), and when rating last wrote one of them.
 */
record RatedCost(String currencyCode, BigDecimal total, BigDecimal usdTotal, Instant lastRatedAt) {

    /** Nothing rated yet: zero, at the currencies' scale, as a sum of line items would be written. */
    static RatedCost none(String currencyCode) {
        return new RatedCost(currencyCode, zero(currencyCode), zero("USD"), null);
    }

    static RatedCost of(String currencyCode, BigDecimal total, BigDecimal usdTotal, Instant lastRatedAt) {
        return total == null ? none(currencyCode) : new RatedCost(currencyCode, total, usdTotal, lastRatedAt);
    }

    /** The exact sum of several costs (a partner's, of its customers'). */
    static RatedCost sum(String currencyCode, Collection<RatedCost> costs) {
        RatedCost sum = none(currencyCode);
        for (RatedCost cost : costs) {
            Instant last = sum.lastRatedAt == null || cost.lastRatedAt.isAfter(sum.lastRatedAt) ? cost.lastRatedAt
                    : sum.lastRatedAt;
            sum = new RatedCost(currencyCode, sum.total.add(cost.total), sum.usdTotal.add(cost.usdTotal), last);
        }
        return sum;
    }

    /** The last change, or the period's start when nothing is rated: clients parse this date as never empty. */
    Instant lastModified(CurrentPeriod period) {
        return lastRatedAt == null ? period.start() : lastRatedAt;
    }

    private static BigDecimal zero(String currencyCode) {
        int digits = currencyCode == null ? 2 : Math.max(0, Currency.getInstance(currencyCode)
                .getDefaultFractionDigits());
        return BigDecimal.ZERO.setScale(digits);
    }
}
