package org.partnercenter.customer.usage;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceAttributes;

/**
 * A customer's usage in the current period, in the style of the real {@code CustomerUsageSummary}. Costs
 * come from billing-service, which rates the records; this service reports quantities per meter.
 */
public record CustomerUsageSummaryView(UUID resourceId, String resourceName, OffsetDateTime usageStartTime,
        OffsetDateTime usageEndTime, List<SubscriptionUsage> subscriptions, Links links,
        ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "CustomerUsageSummary";

    public record SubscriptionUsage(UUID subscriptionId, String friendlyName, List<MeterUsage> meters) {
    }

    public record MeterUsage(String meterId, String unit, BigDecimal quantity, long records) {
    }
}
