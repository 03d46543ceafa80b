package org.partnercenter.billing.period;

import java.time.Instant;
import org.partnercenter.commons.paging.ResourceAttributes;

/**
 * A billing period as one partner sees it: {@code open} while its month runs, {@code ended} once over and not closed
 * yet, {@code closed} once its invoices are issued.
 */
public record BillingPeriodState(String billingPeriod, Instant billingPeriodStartDate, Instant billingPeriodEndDate,
        String partnerTenantId, String state, Instant closedDateTime, Integer invoiceCount, String operationId,
        ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "BillingPeriodState";
}
