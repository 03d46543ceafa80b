package org.partnercenter.billing.usagesummary;

import java.math.BigDecimal;
import java.time.Instant;
import org.partnercenter.commons.paging.ResourceAttributes;

/**
 * The real API's {@code CustomerMonthlyUsageRecord}, one per customer in {@code /v1/customers/usagerecords}.
 * {@code percentUsed} is of the budget: 0 while no budget is set; {@code isUpgraded} is false (no upgrades here).
 */
public record CustomerMonthlyUsageRecordView(String resourceId, String resourceName, BigDecimal totalCost,
        String currencyLocale, String currencyCode, BigDecimal usdTotalCost, SpendingBudgetView budget,
        BigDecimal percentUsed, boolean isUpgraded, Instant lastModifiedDate, ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "CustomerMonthlyUsageRecord";
}
