package org.partnercenter.customer.usage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A usage record that passed validation, resolved to its customer's owning partners. */
record AcceptedUsage(String id, UUID customerId, UUID subscriptionId, UUID partnerTenantId, UUID resellerTenantId,
        String meterId, BigDecimal quantity, String unit, Instant usageStartTime, Instant usageEndTime, String region,
        String resourceUri, Map<String, String> tags) {
}
