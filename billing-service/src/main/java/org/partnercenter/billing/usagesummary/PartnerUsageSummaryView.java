package org.partnercenter.billing.usagesummary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceAttributes;

/**
 * The real API's {@code PartnerUsageSummary}: the partner's rated usage in the current billing period, over all its
 * customers. No spending budgets exist yet, so no customer is over or trending over one and no one is notified.
 */
public record PartnerUsageSummaryView(String resourceId, String resourceName, Instant billingStartDate,
        Instant billingEndDate, BigDecimal totalCost, String currencyLocale, String currencyCode,
        BigDecimal usdTotalCost, Instant lastModifiedDate, List<String> emailsToNotify, long customersOverBudget,
        long customersTrendingOver, long customersWithUsageBasedSubscription, Links links,
        ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "PartnerUsageSummary";
}
