package org.partnercenter.billing.usage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.partnercenter.commons.paging.ResourceAttributes;

/**
 * A usage record billing holds unrated, for the operator: what it is, and what billing waits for to rate it
 * ({@code reason}, lower snake case, and in words), since when.
 */
public record UnratedUsageView(String id, UUID customerId, UUID partnerTenantId, UUID subscriptionId, String meterId,
        BigDecimal quantity, String unit, Instant usageStartTime, Instant usageEndTime, String reason,
        String reasonDescription, Instant heldSince, ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "UnratedUsageRecord";
}
