package org.partnercenter.billing.usagesummary;

import java.math.BigDecimal;
import java.time.Instant;
import org.partnercenter.commons.paging.ResourceAttributes;

/**
 * The real API's {@code SubscriptionMonthlyUsageRecord}, one per subscription in
 * {@code /v1/customers/{id}/subscriptions/usagerecords}. {@code partnerOnRecord} is empty: no partner of record is
 * kept for subscriptions here.
 */
public record SubscriptionMonthlyUsageRecordView(String resourceId, String resourceName, BigDecimal totalCost,
        String currencyLocale, String currencyCode, BigDecimal usdTotalCost, String offerId, String status,
        String partnerOnRecord, Instant lastModifiedDate, ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "SubscriptionMonthlyUsageRecord";
}
