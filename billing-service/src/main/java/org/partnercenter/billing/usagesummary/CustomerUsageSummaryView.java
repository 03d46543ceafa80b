package org.partnercenter.billing.usagesummary;

import java.math.BigDecimal;
import java.time.Instant;
import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceAttributes;

/** The real API's {@code CustomerUsageSummary}: a customer's rated usage in the current billing period. */
public record CustomerUsageSummaryView(String resourceId, String resourceName, Instant billingStartDate,
        Instant billingEndDate, BigDecimal totalCost, String currencyLocale, String currencyCode,
        BigDecimal usdTotalCost, SpendingBudgetView budget, Instant lastModifiedDate, Links links,
        ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "CustomerUsageSummary";
}
