package org.partnercenter.events.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The payload of {@code usage.recorded}: a chunk of one customer's newly stored usage records, keyed by customer
 * so that billing rates them in order.
 */
public record UsageRecorded(UUID customerId, UUID partnerTenantId, UUID associatedPartnerId,
        List<RecordedUsage> records) {

    /** One stored record; {@code id} is the metering source's record id, unique per customer. */
    public record RecordedUsage(String id, UUID subscriptionId, String meterId, BigDecimal quantity, String unit,
            Instant usageStartTime, Instant usageEndTime, String region, String resourceUri,
            Map<String, String> tags) {
    }
}
