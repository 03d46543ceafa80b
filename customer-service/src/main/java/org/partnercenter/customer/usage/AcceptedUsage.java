package org.partnercenter.customer.usage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.events.customer.UsageRecorded;

/** A usage record that passed validation, resolved to its customer's owning partners. */
record AcceptedUsage(String id, UUID customerId, UUID subscriptionId, UUID partnerTenantId, UUID resellerTenantId,
        String meterId, BigDecimal quantity, String unit, Instant usageStartTime, Instant usageEndTime, String region,
        String resourceUri, Map<String, String> tags) {

    /** As the {@code usage.recorded} event carries it. */
    UsageRecorded.RecordedUsage event() {
        return new UsageRecorded.RecordedUsage(id, subscriptionId, meterId, quantity, unit, usageStartTime,
                usageEndTime, region, resourceUri, tags);
    }
}
